import { maximumMatching } from './bipartite-matching.js';
import { optionCounts, type ChainingProblem } from './chaining-problem.js';
import type { LinkMatrix } from './link-matrix.js';
import { SeededRandom } from './seeded-random.js';

/** Search settings for choosing one option per group. */
export interface OptionSearchSettings {
  readonly seed: number;
  /** Wall-clock budget in milliseconds. */
  readonly timeLimitMs: number;
  /** Perturbation rounds of the iterated local search (after the first descent). */
  readonly maxIterations: number;
  /** Secondary cost of each option, `[group][option]` (e.g. kilometres, ride time, slot preference). */
  readonly optionCost: readonly (readonly number[])[];
  /**
   * Primary cost of each option, `[group][option]`, minimised before the vehicle count: e.g. students the
   * option cannot serve. Absent = 0 everywhere.
   */
  readonly optionLoss?: readonly (readonly number[])[];
  /** Groups whose option is fixed (re-planning keeps what still works). */
  readonly fixed?: ReadonlyMap<number, number>;
  /** Starting choice; otherwise a greedy construction. */
  readonly initial?: Int32Array;
}

/** The chosen option per group, with the fewest-chains count it achieves and its secondary cost. */
export interface OptionSelection {
  readonly choice: Int32Array;
  /** Minimum path cover of the chosen trips: the vehicles needed if any vehicle could run any trip. */
  readonly chains: number;
  readonly secondary: number;
  /** Σ `optionLoss` of the chosen options. */
  readonly loss: number;
  readonly iterations: number;
}

/** (loss, chains, secondary), compared in that order. */
type Key = readonly [number, number, number];
const less = (a: Key, b: Key) =>
  a[0] < b[0] - 1e-9 || (Math.abs(a[0] - b[0]) <= 1e-9 && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2] - 1e-9)));

/**
 * Chooses one option per group to minimise the options' loss (when given), then the vehicles needed (the
 * minimum path cover of the chosen trips, exact for a homogeneous fleet), then the options' secondary cost. Greedy construction, then
 * iterated local search: a best-improvement sweep over every group's options, and random re-choices of
 * a few groups as perturbation. Deterministic for a seed (time limits aside).
 */
export function selectOptions(p: ChainingProblem, links: LinkMatrix, s: OptionSearchSettings): OptionSelection {
  const deadline = Date.now() + s.timeLimitMs;
  const counts = optionCounts(p);
  const groups = p.groupCount;
  const tripsOf: number[][][] = Array.from({ length: groups }, (_, g) => Array.from({ length: counts[g]! }, () => []));
  p.trips.forEach((t, i) => tripsOf[t.group]![t.option]!.push(i));
  const rng = new SeededRandom(s.seed);
  const scratch = { offsets: new Int32Array(0), targets: new Int32Array(0) };
  const selected = new Int32Array(p.trips.length);
  const cost = (g: number, o: number) => s.optionCost[g]?.[o] ?? 0;
  const loss = (g: number, o: number) => s.optionLoss?.[g]?.[o] ?? 0;

  const chainsOf = (choice: Int32Array, upTo = groups): number => {
    let k = 0;
    for (let g = 0; g < upTo; g++) if (choice[g]! >= 0) for (const t of tripsOf[g]![choice[g]!]!) selected[k++] = t;
    const view = selected.subarray(0, k);
    return k - maximumMatching(links.graph(view, scratch)).size;
  };
  const keyOf = (choice: Int32Array): Key => {
    let secondary = 0;
    let lost = 0;
    for (let g = 0; g < groups; g++) {
      secondary += cost(g, choice[g]!);
      lost += loss(g, choice[g]!);
    }
    return [lost, chainsOf(choice), secondary];
  };

  const choice = s.initial !== undefined ? Int32Array.from(s.initial) : greedy();
  for (const [g, o] of s.fixed ?? []) choice[g] = o;
  const free = Array.from({ length: groups }, (_, g) => g).filter((g) => !(s.fixed?.has(g) ?? false) && counts[g]! > 1);

  function greedy(): Int32Array {
    const c = new Int32Array(groups).fill(-1);
    for (const [g, o] of s.fixed ?? []) c[g] = o;
    const order = Array.from({ length: groups }, (_, g) => g).sort((a, b) => tripsOf[b]![0]!.length - tripsOf[a]![0]!.length);
    for (const g of order) {
      if (c[g]! >= 0) continue;
      let bestO = 0;
      let best: Key = [Infinity, Infinity, Infinity];
      for (let o = 0; o < counts[g]!; o++) {
        c[g] = o;
        const key: Key = [loss(g, o), chainsOf(c), cost(g, o)];
        if (less(key, best)) {
          best = key;
          bestO = o;
        }
      }
      c[g] = bestO;
    }
    return c;
  }

  const descend = (c: Int32Array, key: Key): Key => {
    let current = key;
    for (let improved = true; improved && Date.now() < deadline; ) {
      improved = false;
      for (let i = free.length - 1; i > 0; i--) {
        const j = rng.below(i + 1);
        [free[i], free[j]] = [free[j]!, free[i]!];
      }
      for (const g of free) {
        const original = c[g]!;
        let bestO = original;
        for (let o = 0; o < counts[g]!; o++) {
          if (o === original) continue;
          c[g] = o;
          const key2: Key = [current[0] - loss(g, original) + loss(g, o), chainsOf(c), current[2] - cost(g, original) + cost(g, o)];
          if (less(key2, current)) {
            current = key2;
            bestO = o;
            improved = true;
          }
        }
        c[g] = bestO;
        if (Date.now() >= deadline) break;
      }
    }
    return current;
  };

  let key = descend(choice, keyOf(choice));
  const best = Int32Array.from(choice);
  let bestKey = key;
  let iterations = 0;
  while (iterations < s.maxIterations && Date.now() < deadline && free.length > 0) {
    iterations++;
    const trial = Int32Array.from(best);
    const moves = 1 + rng.below(Math.min(3, free.length));
    for (let m = 0; m < moves; m++) {
      const g = free[rng.below(free.length)]!;
      trial[g] = rng.below(counts[g]!);
    }
    key = descend(trial, keyOf(trial));
    if (!less(bestKey, key)) {
      best.set(trial);
      bestKey = key;
    }
  }
  return { choice: best, chains: bestKey[1], secondary: bestKey[2], loss: bestKey[0], iterations };
}
