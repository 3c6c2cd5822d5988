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
  /**
   * Fleet limits by size: the chosen trips of `kind` with a load of at least `minLoad` need at most
   * `vehicles` chains (the vehicles of that kind large enough). Their excess is minimised right after the
   * loss, before the total chain count: a homogeneous path cover alone ignores that big coaches are few.
   */
  readonly fleetTiers?: readonly FleetTier[];
  /** Groups whose option is fixed (re-planning keeps what still works). */
  readonly fixed?: ReadonlyMap<number, number>;
  /** Starting choice; otherwise a greedy construction. */
  readonly initial?: Int32Array;
}

/** Trips of one kind needing at least `minLoad` seats, and how many vehicles can take them. */
export interface FleetTier {
  readonly kind: number;
  readonly minLoad: number;
  readonly vehicles: number;
}

/** The chosen option per group, with the fewest-chains count it achieves and its secondary cost. */
export interface OptionSelection {
  /** Chosen option per group; -1 for a group that has no option at all. */
  readonly choice: Int32Array;
  /** Minimum path cover of the chosen trips: the vehicles needed if any vehicle could run any trip. */
  readonly chains: number;
  readonly secondary: number;
  /** Σ `optionLoss` of the chosen options. */
  readonly loss: number;
  /** Σ over fleet tiers of the chains beyond the tier's vehicles (0 when every tier fits). */
  readonly excess: number;
  readonly iterations: number;
}

/** (loss, fleet excess, chains, secondary), compared in that order. */
type Key = readonly [number, number, number, number];
const less = (a: Key, b: Key) => {
  for (let i = 0; i < 4; i++) {
    if (a[i]! < b[i]! - 1e-9) return true;
    if (a[i]! > b[i]! + 1e-9) return false;
  }
  return false;
};

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

  const tiers = s.fleetTiers ?? [];
  const tierView = new Int32Array(p.trips.length);
  /** [fleet excess, chains] of a (partial) choice. */
  const chainsOf = (choice: Int32Array): readonly [number, number] => {
    let k = 0;
    for (let g = 0; g < groups; g++) if (choice[g]! >= 0) for (const t of tripsOf[g]![choice[g]!]!) selected[k++] = t;
    const chains = k - maximumMatching(links.graph(selected.subarray(0, k), scratch)).size;
    let excess = 0;
    for (const tier of tiers) {
      let m = 0;
      for (let i = 0; i < k; i++) {
        const trip = p.trips[selected[i]!]!;
        if (trip.kind === tier.kind && trip.load >= tier.minLoad) tierView[m++] = selected[i]!;
      }
      if (m <= tier.vehicles) continue; // m trips never need more than m chains
      excess += Math.max(0, m - maximumMatching(links.graph(tierView.subarray(0, m), scratch)).size - tier.vehicles);
    }
    return [excess, chains];
  };
  const keyOf = (choice: Int32Array): Key => {
    let secondary = 0;
    let lost = 0;
    for (let g = 0; g < groups; g++) {
      secondary += cost(g, choice[g]!);
      lost += loss(g, choice[g]!);
    }
    return [lost, ...chainsOf(choice), secondary];
  };

  const choice = s.initial !== undefined ? Int32Array.from(s.initial) : greedy();
  for (const [g, o] of s.fixed ?? []) choice[g] = o;
  const free = Array.from({ length: groups }, (_, g) => g).filter((g) => !(s.fixed?.has(g) ?? false) && counts[g]! > 1);

  function greedy(): Int32Array {
    const c = new Int32Array(groups).fill(-1);
    for (const [g, o] of s.fixed ?? []) c[g] = o;
    const order = Array.from({ length: groups }, (_, g) => g).sort((a, b) => (tripsOf[b]![0]?.length ?? 0) - (tripsOf[a]![0]?.length ?? 0));
    for (const g of order) {
      if (c[g]! >= 0) continue;
      let bestO = 0;
      let best: Key = [Infinity, Infinity, Infinity, Infinity];
      for (let o = 0; o < counts[g]!; o++) {
        c[g] = o;
        const key: Key = [loss(g, o), ...chainsOf(c), cost(g, o)];
        if (less(key, best)) {
          best = key;
          bestO = o;
        }
      }
      c[g] = counts[g]! > 0 ? bestO : -1; // a group without options has nothing to choose
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
          const key2: Key = [current[0] - loss(g, original) + loss(g, o), ...chainsOf(c), current[3] - cost(g, original) + cost(g, o)];
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
  return { choice: best, chains: bestKey[2], secondary: bestKey[3], loss: bestKey[0], excess: bestKey[1], iterations };
}
