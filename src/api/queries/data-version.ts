import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables/index.js';

/**
 * A token that changes with every audited change of a county's data (a dataset import, a compliance
 * change, …: each writes its `audit_log` entry in its own transaction): the latest entry's id, or
 * `none`. One backward scan of the primary key.
 */
export async function dataVersion(db: Kysely<Database>, countyId: number): Promise<string> {
  const row = await db.selectFrom('audit_log').select('id').where('county_id', '=', countyId).orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row === undefined ? 'none' : String(row.id);
}
