import type { IsoDate } from '../../domain/calendar.js';
import { listPublishedRunsOfVehicle } from '../../db/repositories/compliance-runs.repository.js';
import type { Executor } from '../../db/repositories/upsert-many.js';

/** A run of a published schedule that must be re-planned because its vehicle may no longer carry students. */
export interface ReplanRun {
  readonly runId: string;
  readonly scheduleId: string;
  /** The weekend (its Friday) and version of the published schedule. */
  readonly friday: IsoDate;
  readonly scheduleVersion: number;
  readonly serviceDate: IsoDate;
  readonly schoolId: string;
  readonly direction: string;
  readonly vehicleId: string;
  readonly driverId: string | null;
  /** Departure time, ISO 8601 UTC. */
  readonly departsAt: string;
}

/**
 * The runs of published schedules that use a vehicle on or after a service date: what a suspension,
 * revocation or failed inspection puts in need of re-planning.
 */
export async function listRunsNeedingReplan(db: Executor, vehicleId: string, fromDate: IsoDate): Promise<ReplanRun[]> {
  const rows = await listPublishedRunsOfVehicle(db, vehicleId, fromDate);
  return rows.map((r) => ({
    runId: r.runId, scheduleId: r.scheduleId, friday: r.friday, scheduleVersion: r.scheduleVersion, serviceDate: r.serviceDate,
    schoolId: r.schoolId, direction: r.direction, vehicleId: r.vehicleId, driverId: r.driverId, departsAt: r.departsAt.toISOString(),
  }));
}
