import type { Executor } from './upsert-many.js';

/** A run of a published schedule, as the re-planning list shows it. */
export interface PublishedRunRow {
  readonly runId: string;
  readonly scheduleId: string;
  readonly friday: string;
  readonly scheduleVersion: number;
  readonly serviceDate: string;
  readonly schoolId: string;
  readonly direction: string;
  readonly mode: string;
  readonly vehicleId: string;
  readonly driverId: string | null;
  readonly departsAt: Date;
}

/** Runs of published schedules that use a vehicle on or after a service date, in departure order. */
export async function listPublishedRunsOfVehicle(db: Executor, vehicleId: string, fromDate: string): Promise<PublishedRunRow[]> {
  const rows = await db
    .selectFrom('schedule_run as r')
    .innerJoin('schedule as s', 's.id', 'r.schedule_id')
    .select([
      'r.id as run_id', 's.id as schedule_id', 's.friday', 's.version', 'r.service_date', 'r.school_id', 'r.direction', 'r.mode',
      'r.vehicle_id', 'r.driver_id', 'r.departs_at',
    ])
    .where('r.vehicle_id', '=', vehicleId)
    .where('s.status', '=', 'published')
    .where('r.service_date', '>=', fromDate)
    .orderBy('r.departs_at')
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({
    runId: r.run_id, scheduleId: r.schedule_id, friday: r.friday, scheduleVersion: r.version, serviceDate: r.service_date,
    schoolId: r.school_id, direction: r.direction, mode: r.mode, vehicleId: r.vehicle_id, driverId: r.driver_id, departsAt: r.departs_at,
  }));
}
