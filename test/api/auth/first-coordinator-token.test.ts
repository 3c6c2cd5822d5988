import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, findActiveToken, revokeApiToken } from '../../../src/api/auth/api-token-store.js';
import { firstCoordinatorToken } from '../../../src/api/auth/first-coordinator-token.js';
import { hashTokenSecret } from '../../../src/api/auth/token-secret.js';
import type { Db } from '../../../src/db/database.js';
import { importDataset } from '../../../src/db/import-dataset.js';
import { tinyCounty } from '../../helpers/fixtures/tiny-county.js';
import { openTestDb } from '../../helpers/test-database.js';

const COUNTY = 999001;

describe('the first coordinator token of a server on the embedded database', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb('pglite', 'empty');
    await importDataset(db.db, tinyCounty());
  });
  afterAll(async () => {
    await db.close();
  });

  it('is created when the county has no live coordinator token, and works', async () => {
    await createApiToken(db.db, { countyId: COUNTY, role: 'school', schoolId: 'school-1' });
    const secret = await firstCoordinatorToken(db.db, COUNTY);
    expect(secret).toMatch(/^wst_[A-Za-z0-9_-]{43}$/);
    expect(await findActiveToken(db.db, hashTokenSecret(secret ?? ''))).toMatchObject({ role: 'coordinator', countyId: COUNTY });
  });

  it('is not created again while a coordinator token is live, and is once all are revoked', async () => {
    expect(await firstCoordinatorToken(db.db, COUNTY)).toBeNull();
    for (const t of await db.db.selectFrom('api_token').select('id').where('role', '=', 'coordinator').execute()) await revokeApiToken(db.db, COUNTY, t.id);
    expect(await firstCoordinatorToken(db.db, COUNTY)).not.toBeNull();
  });
});
