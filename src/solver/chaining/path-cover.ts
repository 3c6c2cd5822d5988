import { maximumMatching } from './bipartite-matching.js';
import type { ChainingProblem } from './chaining-problem.js';
import { followGraph } from './trip-links.js';

/** A set of trip chains: each chain is the trips one vehicle runs, in order (trip indices). */
export interface TripChains {
  readonly chains: readonly (readonly number[])[];
}

/**
 * The fewest chains that cover the selected trips when every vehicle could run every trip (no
 * capacity or duty limits): a minimum path cover of the "can follow" DAG, which equals the number of
 * trips minus a maximum matching (Fulkerson 1956; the school-bus "chaining" step of Bertsimas,
 * Delarue & Martin 2019). It is the exact bus count of a homogeneous fleet, and a lower bound otherwise.
 */
export function minimumPathCover(p: ChainingProblem, selected: Int32Array): TripChains {
  const graph = followGraph(p, selected);
  const { matchLeft, matchRight } = maximumMatching(graph);
  const chains: number[][] = [];
  for (let start = 0; start < selected.length; start++) {
    if (matchRight[start] !== -1) continue; // has a predecessor: not a chain head
    const chain: number[] = [];
    for (let at = start; at !== -1; at = matchLeft[at]!) chain.push(selected[at]!);
    chains.push(chain);
  }
  return { chains };
}

/** Only the count of `minimumPathCover` (cheaper: no chains built). */
export function minimumChainCount(p: ChainingProblem, selected: Int32Array): number {
  return selected.length - maximumMatching(followGraph(p, selected)).size;
}
