import { dijkstra } from 'graphology-shortest-path';
import type { ArcCosts, ModeNetwork, TravelMatrix } from '../../src/network/index.js';

/** Seconds graphology-shortest-path's Dijkstra takes per source, and how many sampled entries disagree with ours. */
export interface GraphologyTiming {
  readonly secondsPerSource: number;
  readonly sampled: number;
  readonly mismatches: number;
}

/** Time in ms of a node path, taking the fastest usable arc between consecutive nodes. */
function pathTimeMs(net: ModeNetwork, costs: ArcCosts, path: readonly string[]): number {
  let total = 0;
  for (let k = 1; k < path.length; k++) {
    let best = Infinity;
    net.graph.forEachOutEdge(path[k - 1]!, path[k]!, (_e, attrs) => {
      const w = costs.timeMs[attrs.arc]!;
      if (w >= 0 && w < best) best = w;
    });
    total += best;
  }
  return total;
}

/**
 * Runs graphology's single-source Dijkstra (paths to every node, no early stop: its API has none) from
 * the first `sources` rows of a matrix on the same graph and arc weights, times it, and checks that the
 * paths it finds take as long as our matrix says.
 */
export function timeGraphology(net: ModeNetwork, costs: ArcCosts, matrix: TravelMatrix, placeNodes: Int32Array, sources: number, boardingMs = 0): GraphologyTiming {
  const weight = (_edge: string, attrs: { arc: number }): number => {
    const w = costs.timeMs[attrs.arc]!;
    return w < 0 ? Infinity : w;
  };
  let seconds = 0;
  let sampled = 0;
  let mismatches = 0;
  const count = Math.min(sources, matrix.size);
  for (let i = 0; i < count; i++) {
    const source = placeNodes[i]!;
    if (source < 0) continue;
    const start = performance.now();
    const paths = dijkstra.singleSource(net.graph, net.nodeKeys[source], weight);
    seconds += (performance.now() - start) / 1000;
    for (let j = 0; j < matrix.size; j++) {
      const target = placeNodes[j]!;
      const path = target < 0 ? undefined : paths[net.nodeKeys[target]!];
      const expected = path === undefined ? -1 : Math.ceil((pathTimeMs(net, costs, path) + (path.length > 1 ? boardingMs : 0)) / 1000);
      sampled += 1;
      if (expected !== matrix.durationS[i * matrix.size + j]) mismatches += 1;
    }
  }
  return { secondsPerSource: count > 0 ? seconds / count : 0, sampled, mismatches };
}
