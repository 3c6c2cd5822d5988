import type { ScheduleParams } from '../request/schedule-params.js';
import type { SchoolOption } from './school-option.js';

/** Kilometre-equivalent of one passenger-hour of ride in the secondary cost. */
export const KM_PER_PASSENGER_HOUR = 1;

/**
 * Secondary cost of an option, in kilometres: loaded kilometres of its runs, plus its students' ride
 * time (1 km per passenger-hour), plus `nonPreferredPenaltyKm` per preference step of its window.
 */
export function optionCostKm(o: SchoolOption, params: ScheduleParams): number {
  let km = 0;
  let rideS = 0;
  for (const r of o.runs) {
    km += r.template.distanceM / 1000;
    rideS += r.template.rideSumS;
  }
  return km + (rideS / 3600) * KM_PER_PASSENGER_HOUR + (o.preference - 1) * params.nonPreferredPenaltyKm;
}

/** Primary cost of an option: students it cannot serve. */
export function optionLoss(o: SchoolOption): number {
  return o.lost.reduce((s, l) => s + l.studentIds.length, 0);
}
