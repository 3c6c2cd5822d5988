import type { TravelMatrix } from '../../network/travel-matrix.js';
import type { RunLeg, RunStop, ScheduleRun } from '../model/schedule-schema.js';
import type { ValidationContext } from './validation-context.js';

/** One leg of a run with the matrix its travel is judged on. */
export interface LegTravel {
  readonly k: number;
  readonly leg: RunLeg;
  readonly from: RunStop;
  readonly to: RunStop;
  /** A bus with students on board on this leg (the `loaded` profile). */
  readonly loaded: boolean;
  /** Loaded and touching the night window: low-grade roads are left out. */
  readonly night: boolean;
  readonly matrix: TravelMatrix;
}

/**
 * The legs of a run between distinct places, each with the matrix of its own time: the `boat` profile
 * for a boat, `loaded` while students are on a bus (without low-grade roads at night), `empty` otherwise;
 * that day's weather and the closures active during the leg. The validator judges legs on these, and the
 * map draws them from the same paths.
 */
export function legTravels(ctx: ValidationContext, run: ScheduleRun): LegTravel[] {
  const out: LegTravel[] = [];
  let onBoard = 0;
  run.legs.forEach((leg, k) => {
    const from = run.stops[k]!;
    const to = run.stops[k + 1]!;
    onBoard += from.boarding - from.alighting;
    if (from.placeId === to.placeId) return;
    const loaded = run.mode === 'bus' && onBoard > 0;
    const night = loaded && ctx.night(from.departS, to.arriveS);
    const matrix = ctx.matrix(run.mode === 'boat' ? 'boat' : loaded ? 'loaded' : 'empty', from.departS, to.arriveS, night);
    out.push({ k, leg, from, to, loaded, night, matrix });
  });
  return out;
}
