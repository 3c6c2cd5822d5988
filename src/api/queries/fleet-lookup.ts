import type { Kysely } from 'kysely';
import { rowToDriver, rowToVehicle } from '../../db/repositories/fleet.repository.js';
import type { Executor } from '../../db/repositories/upsert-many.js';
import type { Database } from '../../db/tables/index.js';
import type { Driver, Vehicle } from '../../domain/fleet.js';

/** A vehicle of a county by id, or undefined. */
export async function findVehicle(db: Kysely<Database>, countyId: number, id: string): Promise<Vehicle | undefined> {
  const row = await db.selectFrom('vehicle').selectAll().where('id', '=', id).where('county_id', '=', countyId).executeTakeFirst();
  return row === undefined ? undefined : rowToVehicle(row);
}

/** A driver of a county by id, or undefined; `forUpdate` locks the row until the transaction ends. */
export async function findDriver(db: Executor, countyId: number, id: string, forUpdate = false): Promise<Driver | undefined> {
  const query = db.selectFrom('driver').selectAll().where('id', '=', id).where('county_id', '=', countyId);
  const row = await (forUpdate ? query.forUpdate() : query).executeTakeFirst();
  return row === undefined ? undefined : rowToDriver(row);
}
