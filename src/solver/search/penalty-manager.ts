import type { Instance } from '../problem/instance.js';
import { MISSING_EDGE } from '../problem/problem-input.js';

/** Parameters of the adaptive penalties (Vidal 2022 Table 1). */
export interface PenaltyParams {
  /** Share of local-search outputs that should be feasible. */
  readonly targetFeasible: number;
  /** Outputs observed between two updates. */
  readonly updateEvery: number;
  readonly increase: number;
  readonly decrease: number;
}

/** HGS-CVRP values: 20 % feasible target, update every 100 outputs, ×1.2 up, ×0.85 down. */
export const DEFAULT_PENALTY_PARAMS: PenaltyParams = { targetFeasible: 0.2, updateEvery: 100, increase: 1.2, decrease: 0.85 };

/** Factor applied when a quarter of an update window in a row broke the same limit. */
const BOOST = 1.5;

/** Penalties stay within [initial / RANGE, initial × RANGE] (HGS-CVRP: [0.1, 100 000] for its scales). */
const RANGE = 10_000;

/**
 * Adaptive penalties for excess load and excess time (Vidal et al. 2012 §3.4): each is raised when too
 * few recent local-search outputs met that constraint, and lowered when too many did. A penalty is also
 * raised ×1.5 whenever 25 outputs in a row, and every output of the window so far, broke its limit, so
 * short runs reach feasibility.
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

  /** Consecutive outputs that broke capacity, and time limits. */
  #loadMisses = 0;
  #timeMisses = 0;

  /** Records whether an output met capacity and time limits; returns true when the penalties changed. */
  record(loadFeasible: boolean, timeFeasible: boolean): boolean {
    this.#seen++;
    if (loadFeasible) this.#loadOk++;
    if (timeFeasible) this.#timeOk++;
    this.#loadMisses = loadFeasible ? 0 : this.#loadMisses + 1;
    this.#timeMisses = timeFeasible ? 0 : this.#timeMisses + 1;
    // booster (ours): runs of seconds cannot wait 100 outputs when nothing meets a limit at all
    const streak = this.#params.updateEvery / 4;
    let boosted = false;
    if (this.#loadMisses >= streak && this.#loadOk === 0) {
      this.loadPenalty = Math.min(this.#loadRange[1], this.loadPenalty * BOOST);
      this.#loadMisses = 0;
      boosted = true;
    }
    if (this.#timeMisses >= streak && this.#timeOk === 0) {
      this.timePenalty = Math.min(this.#timeRange[1], this.timePenalty * BOOST);
      this.#timeMisses = 0;
      boosted = true;
    }
    if (this.#seen < this.#params.updateEvery) return boosted;
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
 * lateness weighs like a second of driving. With fixed costs F (fewer vehicles preferred), a vehicle
 * must not be saved by faking (ours): a single unit of excess load, the least overload that can save a
 * vehicle, starts at F plus the longest edge, and one stop's worth of excess time (its service plus the
 * drive from its nearest neighbour) at about F. Without fixed costs this is HGS-CVRP's start.
 */
function initialScales(inst: Instance): { loadScale: number; timeScale: number } {
  const dist = inst.dist[0]!;
  const dur = inst.dur[0]!;
  const n = inst.nbLocations;
  const D = inst.nbDepots;
  const w = inst.types.unitDistanceCost[0]!;
  const wt = inst.types.unitDurationCost[0]!;
  let maxCost = 0;
  let sumCost = 0;
  let sumDur = 0;
  let stopTime = 0;
  for (let i = 0; i < n - 2; i++) {
    let nearest = Infinity;
    for (let j = 0; j < n - 2; j++) {
      const d = dist[i * n + j]!;
      const t = dur[i * n + j]!;
      if (d >= MISSING_EDGE || t >= MISSING_EDGE) continue;
      const c = w * d + wt * t;
      maxCost = Math.max(maxCost, c);
      sumCost += c;
      sumDur += t;
      if (j !== i && j >= D) nearest = Math.min(nearest, t);
    }
    if (i >= D && nearest < Infinity) stopTime += inst.serviceS[i - D]! + nearest;
  }
  const C = Math.max(1, inst.nbClients);
  const meanDemand = Math.max(1, inst.demand.reduce((a, b) => a + b, 0) / C);
  const fixed = Math.max(...inst.types.fixedCost);
  // with fixed costs, one unit of excess load (the least that can save a vehicle) costs more than a vehicle
  const loadScale = Math.max(maxCost / Math.max(1, ...inst.demand), fixed > 0 ? fixed + maxCost : 0, fixed / meanDemand);
  const timeScale = Math.max(sumDur > 0 ? sumCost / sumDur : 1, stopTime > 0 ? fixed / (stopTime / C) : 0, 1e-3);
  return { loadScale, timeScale };
}
