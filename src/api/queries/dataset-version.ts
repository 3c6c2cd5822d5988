import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables/index.js';

/**
 * A token that changes with every dataset import of a county: the id of its latest `dataset` audit
 * entry (one indexed lookup on `audit_log (entity, entity_id)`), or `none` before the first import.
 */
export async function datasetVersion(db: Kysely<Database>, countyId: number): Promise<string> {
  const row = await db.selectFrom('audit_log').select((eb) => eb.fn.max('id').as('latest'))
    .where('entity', '=', 'dataset').where('entity_id', '=', String(countyId)).executeTakeFirst();
  return row?.latest === null || row?.latest === undefined ? 'none' : String(row.latest);
}
