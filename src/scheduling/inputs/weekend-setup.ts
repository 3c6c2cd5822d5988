import { buildNetwork, type RoadNetwork } from '../../network/build-network.js';
import type { SchoolWindow } from '../../domain/school.js';
import { schoolDemands, type SchoolDemand } from '../demand/school-demand.js';
import type { WeekendRecords } from '../model/weekend-records.js';
import { conditionsOn, type ScheduleRequest } from '../request/schedule-request.js';
import type { CapacityClass } from '../routes/solve-routes.js';
import { dayFleet, type DayFleet } from './day-fleet.js';
import { WeekendTravel } from './travel-states.js';

/** Everything the generator derives from the records and the request before routing. */
export interface WeekendSetup {
  readonly request: ScheduleRequest;
  readonly travel: WeekendTravel;
  readonly demands: readonly SchoolDemand[];
  /** Windows per `schoolId|direction`. */
  readonly windows: ReadonlyMap<string, readonly SchoolWindow[]>;
  /** Fleet per service day offset. */
  readonly fleets: ReadonlyMap<number, DayFleet>;
  readonly busClasses: readonly CapacityClass[];
  readonly boatClasses: readonly CapacityClass[];
  readonly pierIds: readonly string[];
}

/** Size classes of a kind of vehicle: the largest count of each capacity on any of the days. */
function classes(fleets: Iterable<DayFleet>, kind: 'bus' | 'boat'): CapacityClass[] {
  const best = new Map<number, number>();
  for (const f of fleets) {
    const counts = new Map<number, number>();
    for (const v of f.vehicles) if (v.vehicle.kind === kind) counts.set(v.capacity, (counts.get(v.capacity) ?? 0) + 1);
    for (const [c, n] of counts) best.set(c, Math.max(best.get(c) ?? 0, n));
  }
  return [...best].map(([capacity, count]) => ({ capacity, count })).sort((a, b) => a.capacity - b.capacity);
}

/** Optional inputs of {@link weekendSetup}. */
export interface SetupOptions {
  /** A network built from the same records, to save building it again. */
  readonly network?: RoadNetwork;
  /** A vehicle left out of every day's fleet (re-planning: the vehicle that is out). */
  readonly withoutVehicleId?: string;
}

/** Builds the network (unless given), the demand, the windows and each service day's fleet. */
export function weekendSetup(records: WeekendRecords, request: ScheduleRequest, options: SetupOptions = {}): WeekendSetup {
  const network = options.network ?? buildNetwork({ roads: records.roads, waterways: records.waterways, places: records.places });
  const travel = new WeekendTravel(network, request.friday, (d) => conditionsOn(request, d), request.params.duty, records);
  const windows = new Map<string, SchoolWindow[]>();
  for (const w of records.schoolWindows) windows.set(`${w.schoolId}|${w.direction}`, [...(windows.get(`${w.schoolId}|${w.direction}`) ?? []), w]);
  for (const list of windows.values()) list.sort((a, b) => a.preference - b.preference || a.dayOffset - b.dayOffset || (a.earliest < b.earliest ? -1 : 1));
  const days = [...new Set(records.schoolWindows.map((w) => w.dayOffset))].sort((a, b) => a - b);
  const fleetOf = (d: number): DayFleet => {
    const f = dayFleet(records, request.friday, d);
    return { ...f, vehicles: f.vehicles.filter((v) => v.vehicle.id !== options.withoutVehicleId) };
  };
  const fleets = new Map(days.map((d) => [d, fleetOf(d)]));
  const pierIds = records.places.filter((p) => p.kind === 'pier' && p.access === 'both').map((p) => p.id).sort();
  return {
    request, travel, demands: schoolDemands(records), windows, fleets,
    busClasses: classes(fleets.values(), 'bus'), boatClasses: classes(fleets.values(), 'boat'), pierIds,
  };
}
