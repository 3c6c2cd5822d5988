import { allowedOn } from '../../compliance/status/allowed-on.js';
import { addDays, clockToSeconds, type IsoDate } from '../../domain/calendar.js';
import type { ChainingProblem, ChainingTrip, ChainingVehicle } from '../../solver/chaining/chaining-problem.js';
import { KIND } from '../chaining/direction-problem.js';
import type { WeekendTravel } from '../inputs/travel-states.js';
import type { ScheduleRun } from '../model/schedule-schema.js';
import type { WeekendRecords } from '../model/weekend-records.js';
import type { ScheduleParams } from '../request/schedule-params.js';
import { DAY_S } from '../time/weekend-clock.js';
import type { VehicleOut } from './apply-event.js';

/** The chaining trip of a schedule run: at its first stop from its arrival, free at its last stop after it departs. */
export function tripOfRun(run: ScheduleRun, group: number, loc: ReadonlyMap<string, number>): ChainingTrip {
  const last = run.stops[run.stops.length - 1]!;
  return {
    group, option: 0, startS: run.stops[0]!.arriveS, endS: last.departS, startLoc: loc.get(run.stops[0]!.placeId)!, endLoc: loc.get(last.placeId)!,
    load: run.maxLoad, kind: KIND[run.mode], drivingS: run.legs.reduce((s, l) => s + l.durationS, 0), distanceM: run.distanceM, rideS: 0,
  };
}

/** What a day board is built from. */
export interface DayBoardInput {
  readonly records: WeekendRecords;
  readonly friday: IsoDate;
  readonly travel: WeekendTravel;
  readonly params: ScheduleParams;
  readonly vehicleOut: VehicleOut | null;
  /** Runs of the day that stay as published, on their vehicles. */
  readonly frozen: readonly ScheduleRun[];
  /** Issues group numbers unique across the boards. */
  readonly nextGroup: () => number;
}

/**
 * One service day's vehicle duties as a chaining problem (`src/solver/chaining`): every vehicle allowed
 * on the date (`allowedOn`) except the one that is out, the frozen runs on their vehicles as fixed
 * trips, empty drives on that day's `empty` matrix (closures of any moment of the day count). Drivers:
 * a vehicle keeps the driver of its frozen runs; a vehicle not yet used gets its first eligible driver
 * (the plate's driver first) who drives no other run that day.
 */
export class DayBoard {
  readonly day: number;
  readonly problem: ChainingProblem;
  /** The problem's trips, appended to as runs are placed. */
  readonly trips: ChainingTrip[] = [];
  readonly vehicleIds: readonly string[];
  /** Eligible drivers per vehicle index (plate driver first). */
  readonly drivers: readonly (readonly string[])[];
  readonly loc: ReadonlyMap<string, number>;
  duties = new Map<number, number[]>();
  driverOf = new Map<number, string>();
  taken = new Set<string>();
  /** Run id → trip index of the runs on the board. */
  readonly tripOfRun = new Map<string, number>();
  /** Trips that no vehicle could take (for `vehiclesNeeded`). */
  readonly lost: ChainingTrip[] = [];

  constructor(day: number, input: DayBoardInput) {
    this.day = day;
    const date = addDays(input.friday, day);
    const fleet = allowedOn(input.records, date).vehicles
      .filter((a) => a.vehicle.id !== input.vehicleOut?.vehicleId)
      .sort((a, b) => (a.vehicle.id < b.vehicle.id ? -1 : 1));
    this.vehicleIds = fleet.map((a) => a.vehicle.id);
    this.drivers = fleet.map((a) => a.drivers.map((d) => d.id));
    this.loc = new Map(input.travel.placeIds.map((id, i) => [id, i]));
    const matrix = input.travel.matrix(input.travel.stateFor(day, day * DAY_S, day * DAY_S + DAY_S - 1), 'empty');
    const vehicles: ChainingVehicle[] = fleet.map((a) => ({
      capacity: a.capacity, kind: KIND[a.vehicle.kind], depotLoc: this.loc.get(a.vehicle.homeDepotPlaceId)!, availableFromS: day * DAY_S, availableToS: day * DAY_S + DAY_S,
    }));
    const d = input.params.duty;
    this.problem = {
      trips: this.trips, groupCount: Number.MAX_SAFE_INTEGER, locCount: matrix.size, deadheadS: matrix.durationS, deadheadM: matrix.distanceM, vehicles,
      turnaroundS: input.params.turnaroundMin * 60,
      duty: {
        maxContinuousDrivingS: d.maxContinuousDrivingMin * 60, maxContinuousNightDrivingS: d.maxContinuousNightDrivingMin * 60, minBreakS: d.minBreakMin * 60,
        maxDailyDrivingS: d.maxDailyDrivingMin * 60, nightFromS: clockToSeconds(d.nightFrom), nightToS: clockToSeconds(d.nightTo),
      },
    };
    const index = new Map(this.vehicleIds.map((id, i) => [id, i]));
    for (const run of [...input.frozen].sort((a, b) => a.stops[0]!.arriveS - b.stops[0]!.arriveS)) {
      this.taken.add(run.driverId);
      const v = index.get(run.vehicleId);
      if (v === undefined) continue; // the vehicle that is out, before it went out: it takes nothing new
      this.driverOf.set(v, run.driverId);
      this.tripOfRun.set(run.id, this.trips.length);
      this.duties.set(v, [...(this.duties.get(v) ?? []), this.trips.length]);
      this.trips.push(tripOfRun(run, input.nextGroup(), this.loc));
    }
  }

  /** Index of a vehicle on this board, or -1 when it may not take runs that day. */
  vehicleIndex(vehicleId: string): number {
    return this.vehicleIds.indexOf(vehicleId);
  }
}
