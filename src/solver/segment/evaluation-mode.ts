import { UNBOUNDED } from '../problem/problem-data.js';
import type { Instance } from '../problem/instance.js';
import { penalisedCost } from './route-cost.js';
import { DIST, DUR, LOAD, TW } from './segment.js';

/**
 * How much of a segment the search must track: `capacity` (distance and load, as HGS-CVRP), `windows`
 * (also duration and time warp: no ride limit or ride cost anywhere), or `full`.
 */
export type EvaluationMode = 'capacity' | 'windows' | 'full';

function allAt(a: Float64Array, value: number): boolean {
  return a.every((v) => v === value);
}

function allUnbounded(a: Float64Array): boolean {
  return a.every((v) => v >= UNBOUNDED);
}

/** The lightest mode in which every cost and penalty of the instance is still exact. */
export function evaluationMode(inst: Instance): EvaluationMode {
  const T = inst.types;
  const noRides = inst.rideTimeWeight === 0 && allUnbounded(inst.maxRideS);
  if (!noRides) return 'full';
  const capacityOnly =
    allAt(T.unitDurationCost, 0) &&
    allUnbounded(T.maxDurationS) &&
    allUnbounded(T.startLateS) &&
    allUnbounded(T.endLateS) &&
    allAt(T.startEarlyS, 0) &&
    allAt(T.endEarlyS, 0) &&
    allAt(inst.twEarlyS, 0) &&
    allUnbounded(inst.twLateS);
  return capacityOnly ? 'capacity' : 'windows';
}

/** Penalised cost of a non-empty route segment, reading only the fields the mode keeps up to date. */
export function modeCost(
  mode: EvaluationMode,
  inst: Instance,
  t: number,
  seg: Float64Array,
  o: number,
  loadPenalty: number,
  timePenalty: number,
): number {
  if (mode === 'full') return penalisedCost(inst, t, seg, o, loadPenalty, timePenalty);
  const T = inst.types;
  const excessLoad = seg[o + LOAD]! - T.capacity[t]!;
  const base = T.unitDistanceCost[t]! * seg[o + DIST]! + T.fixedCost[t]! + (excessLoad > 0 ? loadPenalty * excessLoad : 0);
  if (mode === 'capacity') return base;
  const dur = seg[o + DUR]!;
  const excessDur = dur - T.maxDurationS[t]!;
  return base + T.unitDurationCost[t]! * dur + timePenalty * (seg[o + TW]! + (excessDur > 0 ? excessDur : 0));
}
