import type { Instance } from '../problem/instance.js';

/** Parameters of the adaptive penalties (Vidal 2022 Table 1). */
export interface PenaltyParams {
  /** Share of local-search outputs that should be feasible. */
  readonly targetFeasible: number;
  /** Outputs observed between two updates. */
  readonly updateEvery: number;
  readonly increase: number;
  readonly decrease: number;
}

export const DEFAULT_PENALTY_PARAMS: PenaltyParams = { targetFeasible: 0.2, updateEvery: 100, increase: 1.2, decrease: 0.85 };

/** Penalties stay within [initial / RANGE, initial × RANGE] (HGS-CVRP: [0.1, 100 000] for its scales). */
const RANGE = 10_000;

/**
 * Adaptive penalties for excess load and excess time (Vidal et al. 2012 §3.4): each is raised when too
 * few recent local-search outputs met that constraint, and lowered when too many did.
 */
export class PenaltyManager {
  loadPenalty: number;
  timePenalty: number;
  readonly #params: PenaltyParams;
  #loadOk = 0;
  #timeOk = 0;
  #seen = 0;

  constructor(inst: Instance, params: PenaltyParams = DEFAULT_PENALTY_PARAMS) {
    this.#params = params;
    const { loadScale, timeScale } = initialScales(inst);
    this.loadPenalty = loadScale;
    this.timePenalty = timeScale;
    this.#loadRange = [loadScale / RANGE, loadScale * RANGE];
    this.#timeRange = [timeScale / RANGE, timeScale * RANGE];
  }

  readonly #loadRange: readonly [number, number];
  readonly #timeRange: readonly [number, number];

  /** Records whether an output met capacity and time limits; returns true when the penalties changed. */
  record(loadFeasible: boolean, timeFeasible: boolean): boolean {
    this.#seen++;
    if (loadFeasible) this.#loadOk++;
    if (timeFeasible) this.#timeOk++;
    if (this.#seen < this.#params.updateEvery) return false;
    this.loadPenalty = this.#adjust(this.loadPenalty, this.#loadOk / this.#seen, this.#loadRange);
    this.timePenalty = this.#adjust(this.timePenalty, this.#timeOk / this.#seen, this.#timeRange);
    this.#seen = this.#loadOk = this.#timeOk = 0;
    return true;
  }

  #adjust(penalty: number, share: number, [lo, hi]: readonly [number, number]): number {
    const { targetFeasible: t, increase, decrease } = this.#params;
    if (share < t - 0.05) return Math.min(hi, penalty * increase);
    if (share > t + 0.05) return Math.max(lo, penalty * decrease);
    return penalty;
  }
}

/**
 * Starting penalties: HGS-CVRP sets the load penalty to max distance / max demand; the time penalty
 * starts at the cost of a second of travel (mean distance cost per mean duration), so a second of
 * lateness weighs like a second of driving.
 */
function initialScales(inst: Instance): { loadScale: number; timeScale: number } {
  const dist = inst.dist[0]!;
  const dur = inst.dur[0]!;
  const n = inst.nbLocations;
  const w = inst.types.unitDistanceCost[0]!;
  const wt = inst.types.unitDurationCost[0]!;
  let maxCost = 0;
  let sumCost = 0;
  let sumDur = 0;
  for (let i = 0; i < n - 2; i++) {
    for (let j = 0; j < n - 2; j++) {
      const d = dist[i * n + j]!;
      const t = dur[i * n + j]!;
      if (d >= 1e9 || t >= 1e9) continue;
      const c = w * d + wt * t;
      maxCost = Math.max(maxCost, c);
      sumCost += c;
      sumDur += t;
    }
  }
  const maxDemand = Math.max(1, ...inst.demand);
  // with large fixed costs (fewest vehicles first), a merge saving a vehicle must not be cheap to fake:
  // a full vehicle of excess load, or excess time over the whole horizon, should cost about a vehicle
  const T = inst.types;
  const fixed = Math.max(...T.fixedCost);
  const capacity = Math.max(1, ...T.capacity);
  let horizon = 0;
  for (const late of [...T.endLateS, ...T.startLateS, ...inst.twLateS]) if (late < 2 ** 44) horizon = Math.max(horizon, late);
  const loadScale = Math.max(maxCost / maxDemand, fixed / capacity);
  const timeScale = Math.max(sumDur > 0 ? sumCost / sumDur : 1, horizon > 0 ? fixed / horizon : 0, 1e-3);
  return { loadScale, timeScale };
}
