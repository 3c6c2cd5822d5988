import { describe, expect, it } from 'vitest';
import { createApiToken, findActiveToken, revokeApiToken } from '../../../src/api/auth/api-token-store.js';
import { firstCoordinatorToken } from '../../../src/api/auth/first-coordinator-token.js';
import { hashTokenSecret } from '../../../src/api/auth/token-secret.js';
import { useTinyCountyDb } from '../../helpers/test-database.js';

const COUNTY = 999001;

describe('the first coordinator token of a server on the embedded database', () => {
  const tiny = useTinyCountyDb();

  it('is created when the county has no live coordinator token, and works', async () => {
    await createApiToken(tiny().db, { countyId: COUNTY, role: 'school', schoolId: 'school-1' });
    const secret = await firstCoordinatorToken(tiny().db, COUNTY);
    expect(secret).toMatch(/^wst_[A-Za-z0-9_-]{43}$/);
    expect(await findActiveToken(tiny().db, hashTokenSecret(secret ?? ''))).toMatchObject({ role: 'coordinator', countyId: COUNTY });
  });

  it('is not created again while a coordinator token is live, and is once all are revoked', async () => {
    expect(await firstCoordinatorToken(tiny().db, COUNTY)).toBeNull();
    for (const t of await tiny().db.selectFrom('api_token').select('id').where('role', '=', 'coordinator').execute()) await revokeApiToken(tiny().db, COUNTY, t.id);
    expect(await firstCoordinatorToken(tiny().db, COUNTY)).not.toBeNull();
  });
});
