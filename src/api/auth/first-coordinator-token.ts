import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables/index.js';
import { createApiToken } from './api-token-store.js';

/**
 * On the embedded database (PGlite, one process at a time) `npm run token` cannot add a token while the
 * server runs: the server would neither see it nor keep it. So a server starting on it with no live
 * coordinator token for the county creates one and returns its secret, for the caller to print once;
 * otherwise null. Further tokens are made with the server stopped, or on PostgreSQL at any time.
 */
export async function firstCoordinatorToken(db: Kysely<Database>, countyId: number): Promise<string | null> {
  const live = await db.selectFrom('api_token').select('id').where('county_id', '=', countyId).where('role', '=', 'coordinator')
    .where('revoked_at', 'is', null).executeTakeFirst();
  if (live !== undefined) return null;
  return (await createApiToken(db, { countyId, role: 'coordinator', label: 'first start (embedded database)' })).secret;
}
