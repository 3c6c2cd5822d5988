/** What neighbour computation needs of an instance. */
export interface NeighbourInput {
  readonly nbClients: number;
  readonly nbDepots: number;
  readonly nbLocations: number;
  readonly dist: readonly Int32Array[];
  readonly dur: readonly Int32Array[];
  readonly serviceS: Float64Array;
  readonly twEarlyS: Float64Array;
  readonly twLateS: Float64Array;
  readonly types: { readonly unitDistanceCost: Float64Array; readonly unitDurationCost: Float64Array };
}

/** Weights of waiting and time warp in the proximity measure (Vidal et al. 2013, as in PyVRP). */
const WAIT_WEIGHT = 0.2;
const WARP_WEIGHT = 1;

/**
 * Granular neighbourhoods (Toth & Vigo 2003; Vidal 2022 §3): for each client its `nbGranular` closest
 * clients by a proximity mixing travel cost with the waiting and time warp of going i → j, made
 * symmetric, closest first.
 */
export function computeNeighbours(inst: NeighbourInput, nbGranular: number): Int32Array[] {
  const { nbClients: C, nbDepots: D, nbLocations: n } = inst;
  if (nbGranular <= 0) return Array.from({ length: C }, () => new Int32Array(0));
  const dist = inst.dist[0]!;
  const dur = inst.dur[0]!;
  let wd = inst.types.unitDistanceCost[0] ?? 1;
  let wt = inst.types.unitDurationCost[0] ?? 0;
  if (wd === 0 && wt === 0) wt = 1;
  const prox = new Float64Array(C * C);
  for (let i = 0; i < C; i++) {
    for (let j = 0; j < C; j++) {
      if (i === j) continue;
      const e = (D + i) * n + D + j;
      const t = dur[e]!;
      const wait = Math.max(inst.twEarlyS[j]! - t - inst.serviceS[i]! - inst.twLateS[i]!, 0);
      const warp = Math.max(inst.twEarlyS[i]! + inst.serviceS[i]! + t - inst.twLateS[j]!, 0);
      prox[i * C + j] = wd * dist[e]! + wt * t + WAIT_WEIGHT * wait + WARP_WEIGHT * warp;
    }
  }
  const sets: Set<number>[] = Array.from({ length: C }, () => new Set<number>());
  const k = Math.min(nbGranular, C - 1);
  for (let i = 0; i < C; i++) {
    const order = Array.from({ length: C }, (_v, j) => j).filter((j) => j !== i);
    order.sort((a, b) => prox[i * C + a]! - prox[i * C + b]! || a - b);
    for (let r = 0; r < k; r++) {
      const j = order[r]!;
      sets[i]!.add(j);
      sets[j]!.add(i);
    }
  }
  return sets.map((s, i) => Int32Array.from([...s].sort((a, b) => prox[i * C + a]! - prox[i * C + b]! || a - b)));
}
