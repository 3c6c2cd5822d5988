import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables/index.js';
import { NotFound } from '../../domain/errors.js';
import type { Driver, LicenceClass } from '../../domain/fleet.js';
import { findDriver } from '../queries/fleet-lookup.js';

/** The fields of a driver a coordinator or the driver's operator may change. */
export interface DriverChanges {
  readonly displayName?: string | undefined;
  readonly licenceClass?: LicenceClass | undefined;
  readonly schoolTransportEndorsed?: boolean | undefined;
}

/** A driver update request: which driver, what changes, who asks, and whether the caller may see the driver. */
export interface DriverUpdate {
  readonly countyId: number;
  readonly driverId: string;
  readonly changes: DriverChanges;
  /** Named in the audit log, e.g. `token:tok_…`. */
  readonly actor: string;
  /** Scope check; a driver outside it is reported as not found. */
  readonly visible: (driver: Driver) => boolean;
}

/**
 * Changes a driver and appends an `audit_log` row with the before and after, in one transaction: if
 * any step fails, neither the driver nor the log changes. The row is locked while it is read and
 * written, so two concurrent updates apply one after the other.
 */
export async function updateDriver(db: Kysely<Database>, u: DriverUpdate): Promise<Driver> {
  return db.transaction().execute(async (tx) => {
    const before = await findDriver(tx, u.countyId, u.driverId, true);
    if (before === undefined || !u.visible(before)) throw new NotFound(`driver ${u.driverId} not found`);
    const after: Driver = {
      ...before,
      displayName: u.changes.displayName ?? before.displayName,
      licenceClass: u.changes.licenceClass ?? before.licenceClass,
      schoolTransportEndorsed: u.changes.schoolTransportEndorsed ?? before.schoolTransportEndorsed,
    };
    await tx
      .updateTable('driver')
      .set({ display_name: after.displayName, licence_class: after.licenceClass, school_transport_endorsed: after.schoolTransportEndorsed })
      .where('id', '=', u.driverId)
      .where('county_id', '=', u.countyId)
      .execute();
    await tx
      .insertInto('audit_log')
      .values({
        county_id: u.countyId, actor: u.actor, entity: 'driver', entity_id: u.driverId, action: 'update',
        before: JSON.stringify(before), after: JSON.stringify(after),
      })
      .execute();
    return after;
  });
}
