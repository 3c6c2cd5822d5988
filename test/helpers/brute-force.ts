import type { ProblemData } from '../../src/solver/problem/problem-data.js';

/** Every permutation of `items`. */
function permutations(items: readonly number[]): number[][] {
  if (items.length <= 1) return [items.slice()];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((p) => [x, ...p]));
}

/**
 * Optimal cost of a one-type problem by enumeration (n ≤ 8): the best feasible order of every client
 * subset, found by direct simulation (wait when early, fail when late), then the best partition into
 * at most `count` routes. Infinity when nothing is feasible. Independent of the solver's code.
 */
export function bruteForceOptimum(data: ProblemData): number {
  const t = data.vehicleTypes[0]!;
  const n = data.clients.length;
  const D = data.depots.length;
  const side = data.nbLocations;
  const dist = data.distanceMatrices[t.profile]!;
  const dur = data.durationMatrices[t.profile]!;
  const start = t.startDepot ?? -1;
  const end = t.endDepot ?? -1;
  const edge = (m: Int32Array, a: number, b: number) => (a < 0 || b < 0 ? 0 : m[a * side + b]!);
  const routeCost = (order: readonly number[]): number => {
    const load = order.reduce((s, c) => s + data.clients[c]!.demand, 0);
    if (load > t.capacity) return Infinity;
    // start as late as the first window allows (no waiting needed at later stops is not assumed)
    let best = Infinity;
    const first = data.clients[order[0]!]!;
    const starts = new Set([t.twEarlyS, Math.max(t.twEarlyS, first.twEarlyS - edge(dur, start, D + order[0]!))]);
    for (const s0 of starts) {
      let time = s0;
      let prev = start;
      let ok = true;
      let distance = 0;
      for (const c of order) {
        const loc = D + c;
        time += edge(dur, prev, loc);
        distance += edge(dist, prev, loc);
        time = Math.max(time, data.clients[c]!.twEarlyS);
        if (time > data.clients[c]!.twLateS) ok = false;
        time += data.clients[c]!.serviceDurationS;
        prev = loc;
      }
      time += edge(dur, prev, end);
      distance += edge(dist, prev, end);
      if (time > t.twLateS || (end >= 0 && time > data.depots[end]!.twLateS)) ok = false;
      if (ok) best = Math.min(best, t.unitDistanceCost * distance + t.fixedCost);
    }
    return best;
  };
  const full = 1 << n;
  const subsetCost = new Float64Array(full).fill(Infinity);
  for (let mask = 1; mask < full; mask++) {
    const members = Array.from({ length: n }, (_v, i) => i).filter((i) => mask & (1 << i));
    for (const p of permutations(members)) subsetCost[mask] = Math.min(subsetCost[mask]!, routeCost(p));
  }
  // best[k][mask]: cover mask with k routes
  let best = new Float64Array(full).fill(Infinity);
  best[0] = 0;
  let answer = Infinity;
  for (let k = 1; k <= Math.min(t.count, n); k++) {
    const next = new Float64Array(full).fill(Infinity);
    for (let mask = 1; mask < full; mask++) {
      const low = mask & -mask;
      for (let sub = mask; sub > 0; sub = (sub - 1) & mask) {
        if (!(sub & low)) continue;
        const v = best[mask ^ sub]! + subsetCost[sub]!;
        if (v < next[mask]!) next[mask] = v;
      }
    }
    best = next;
    answer = Math.min(answer, best[full - 1]!);
  }
  return answer;
}
