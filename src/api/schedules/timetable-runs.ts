import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables/index.js';
import type { Schedule, ScheduleRun } from '../../scheduling/index.js';
import type { TimetableRun } from '../schemas/timetable.schemas.js';

/** Names people read beside ids: place names, driver names, and the plates active on each service date. */
interface RunNames {
  readonly places: ReadonlyMap<string, string>;
  readonly drivers: ReadonlyMap<string, string>;
  readonly plates: readonly { readonly vehicleId: string; readonly plateNo: string; readonly validFrom: string; readonly validTo: string }[];
}

async function namesOf(db: Kysely<Database>, countyId: number, runs: readonly ScheduleRun[]): Promise<RunNames> {
  const placeIds = [...new Set(runs.flatMap((r) => r.stops.map((s) => s.placeId)))];
  const driverIds = [...new Set(runs.map((r) => r.driverId))];
  const vehicleIds = [...new Set(runs.map((r) => r.vehicleId))];
  if (runs.length === 0) return { places: new Map(), drivers: new Map(), plates: [] };
  const [places, drivers, plates] = await Promise.all([
    db.selectFrom('place').select(['id', 'name_zh']).where('county_id', '=', countyId).where('id', 'in', placeIds).execute(),
    db.selectFrom('driver').select(['id', 'display_name']).where('county_id', '=', countyId).where('id', 'in', driverIds).execute(),
    db.selectFrom('plate').select(['vehicle_id', 'plate_no', 'valid_from', 'valid_to']).where('county_id', '=', countyId).where('vehicle_id', 'in', vehicleIds)
      .where('status', '=', 'active').orderBy('valid_from', 'desc').execute(),
  ]);
  return {
    places: new Map(places.map((p) => [p.id, p.name_zh])),
    drivers: new Map(drivers.map((d) => [d.id, d.display_name])),
    plates: plates.map((p) => ({ vehicleId: p.vehicle_id, plateNo: p.plate_no, validFrom: p.valid_from, validTo: p.valid_to })),
  };
}

/**
 * Runs with what people read beside the ids: the vehicle's registration, the plate (校车标牌) active on
 * the run's service date (null when none: the run should not go), the driver's name and each stop's
 * name. Runs come in departure order.
 */
export async function timetableRuns(db: Kysely<Database>, countyId: number, schedule: Schedule, runs: readonly ScheduleRun[]): Promise<TimetableRun[]> {
  const names = await namesOf(db, countyId, runs);
  const registration = new Map(schedule.vehicles.map((v) => [v.id, v.registrationNo]));
  const plateOn = (vehicleId: string, date: string) =>
    names.plates.find((p) => p.vehicleId === vehicleId && p.validFrom <= date && date <= p.validTo)?.plateNo ?? null;
  return [...runs]
    .sort((a, b) => (a.stops[0]?.departS ?? 0) - (b.stops[0]?.departS ?? 0) || (a.id < b.id ? -1 : 1))
    .map((r) => ({
      ...r,
      registrationNo: registration.get(r.vehicleId) ?? r.vehicleId,
      plateNo: plateOn(r.vehicleId, r.serviceDate),
      driverName: names.drivers.get(r.driverId) ?? r.driverId,
      stops: r.stops.map((s) => ({ ...s, nameZh: names.places.get(s.placeId) ?? s.placeId })),
    }));
}
