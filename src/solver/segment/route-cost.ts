import type { Instance } from '../problem/instance.js';
import { BWD_RIDE, BWD_SUM, DIST, DUR, FWD_RIDE, FWD_SUM, LOAD, TW } from './segment.js';

/** Cost of a non-empty route without penalties: distance, duration, fixed and ride-time costs. */
export function baseCost(inst: Instance, type: number, s: Float64Array, o: number): number {
  const t = inst.types;
  const rideSum = t.pickup[type] === 1 ? s[o + BWD_SUM]! : s[o + FWD_SUM]!;
  return (
    t.unitDistanceCost[type]! * s[o + DIST]! +
    t.unitDurationCost[type]! * s[o + DUR]! +
    t.fixedCost[type]! +
    inst.rideTimeWeight * rideSum
  );
}

/** Load above capacity on a complete route segment. */
export function excessLoad(inst: Instance, type: number, s: Float64Array, o: number): number {
  return Math.max(0, s[o + LOAD]! - inst.types.capacity[type]!);
}

/**
 * Seconds of time infeasibility on a complete route segment: time warp, duration above the maximum,
 * and the largest ride-time excess (Vidal 2013 penalises time warp and duration alike; ride time joins them).
 */
export function excessTime(inst: Instance, type: number, s: Float64Array, o: number): number {
  const t = inst.types;
  const ride = t.pickup[type] === 1 ? s[o + BWD_RIDE]! : s[o + FWD_RIDE]!;
  return s[o + TW]! + Math.max(0, s[o + DUR]! - t.maxDurationS[type]!) + Math.max(0, ride);
}

/** Penalised cost of a non-empty route: base cost + load and time penalties (cost units per unit). */
export function penalisedCost(
  inst: Instance,
  type: number,
  s: Float64Array,
  o: number,
  loadPenalty: number,
  timePenalty: number,
): number {
  return (
    baseCost(inst, type, s, o) +
    loadPenalty * excessLoad(inst, type, s, o) +
    timePenalty * excessTime(inst, type, s, o)
  );
}
