import type { ChainingProblem, ChainingTrip } from '../../solver/chaining/chaining-problem.js';
import { clockToSeconds } from '../../domain/calendar.js';
import type { WeekendTravel } from '../inputs/travel-states.js';
import type { PlacedRun, SchoolOption } from '../options/school-option.js';
import type { ScheduleParams } from '../request/schedule-params.js';
import { templateEndS, templateStartS } from '../routes/route-template.js';
import { DAY_S } from '../time/weekend-clock.js';
import type { FleetVehicle } from './fleet-vehicles.js';

/** Vehicle kinds in the chaining problem. */
export const KIND = { bus: 0, boat: 1 } as const;

/** Which option and run of the direction each chaining trip stands for. */
export interface TripRef {
  readonly group: number;
  readonly option: number;
  readonly run: number;
}

/** A direction's chaining problem and how to read its answer back. */
export interface DirectionProblem {
  readonly problem: ChainingProblem;
  readonly refs: readonly TripRef[];
}

/** The chaining trip of a placed run of option `option` of group `group`; `loc` maps place ids to indices. */
export function tripOfRun(r: PlacedRun, group: number, option: number, loc: ReadonlyMap<string, number>): ChainingTrip {
  const t = r.template;
  return {
    group, option, startS: r.anchorS + templateStartS(t), endS: r.anchorS + templateEndS(t),
    startLoc: loc.get(t.stops[0]!.placeId)!, endLoc: loc.get(t.stops[t.stops.length - 1]!.placeId)!,
    load: t.load, kind: KIND[t.mode], drivingS: t.drivingS, distanceM: t.distanceM, rideS: t.rideSumS,
  };
}

/**
 * Empty-drive times and distances between every pair of places, the slowest over the direction's
 * service days (an entry is unreachable if it is on any of them): conservative, one matrix for all days.
 */
function deadheads(travel: WeekendTravel, days: readonly number[]): { s: Int32Array; m: Int32Array } {
  const n = travel.placeIds.length;
  const s = new Int32Array(n * n);
  const m = new Int32Array(n * n);
  days.forEach((day, k) => {
    const mat = travel.matrix(travel.stateFor(day, day * DAY_S, day * DAY_S + DAY_S - 1), 'empty');
    for (let e = 0; e < n * n; e++) {
      const d = mat.durationS[e]!;
      if (k === 0 || (s[e]! >= 0 && (d < 0 || d > s[e]!))) {
        s[e] = d;
        m[e] = mat.distanceM[e]!;
      }
    }
  });
  return { s, m };
}

/**
 * The chaining problem of one direction: groups = schools, options = (day, slot, alternative), each run
 * a trip (buses kind 0, boats kind 1, boats pier to pier), vehicles = those allowed on any of the days
 * (with the days they may work), locations = every place of the county.
 */
export function directionProblem(options: readonly (readonly SchoolOption[])[], vehicles: readonly FleetVehicle[], travel: WeekendTravel, params: ScheduleParams): DirectionProblem {
  const loc = new Map(travel.placeIds.map((id, i) => [id, i]));
  const trips: ChainingTrip[] = [];
  const refs: TripRef[] = [];
  options.forEach((opts, group) => opts.forEach((o, option) => o.runs.forEach((r, run) => {
    trips.push(tripOfRun(r, group, option, loc));
    refs.push({ group, option, run });
  })));
  const days = [...new Set(options.flat().map((o) => o.dayOffset))].sort((a, b) => a - b);
  const dh = deadheads(travel, days.length > 0 ? days : [0]);
  const d = params.duty;
  return {
    refs,
    problem: {
      trips, groupCount: options.length, locCount: travel.placeIds.length, deadheadS: dh.s, deadheadM: dh.m,
      vehicles: vehicles.map((v) => ({
        capacity: v.capacity, kind: KIND[v.vehicle.kind], depotLoc: loc.get(v.vehicle.homeDepotPlaceId)!,
        availableFromS: 0, availableToS: DAY_S, days: [...v.drivers.keys()],
      })),
      turnaroundS: params.turnaroundMin * 60,
      duty: {
        maxContinuousDrivingS: d.maxContinuousDrivingMin * 60, maxContinuousNightDrivingS: d.maxContinuousNightDrivingMin * 60,
        minBreakS: d.minBreakMin * 60, maxDailyDrivingS: d.maxDailyDrivingMin * 60, nightFromS: clockToSeconds(d.nightFrom), nightToS: clockToSeconds(d.nightTo),
      },
      dayLengthS: DAY_S,
      optionCounts: options.map((o) => o.length),
    },
  };
}
