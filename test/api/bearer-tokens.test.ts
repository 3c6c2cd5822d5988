import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_POLICY } from '../../src/api/app-options.js';
import { createApiToken, revokeApiToken } from '../../src/api/auth/api-token-store.js';
import { hashTokenSecret } from '../../src/api/auth/token-secret.js';
import { engines } from '../helpers/test-database.js';
import { startHarness, type ApiHarness } from './helpers/api-harness.js';
import { COUNTY } from './helpers/two-scope-county.js';

describe.each(engines())('bearer tokens on %s', (engine) => {
  let api: ApiHarness;
  /** The app's clock, ms: tests move it past the token cache's lifetime instead of sleeping. */
  let clock = Date.parse('2026-12-04T08:00:00Z');
  beforeAll(async () => {
    api = await startHarness(engine, { cache: { now: () => clock } });
  });
  afterAll(async () => {
    await api.close();
  });

  const withToken = (secret: string) => fetch(`${api.base}/api/v1/county`, { headers: { authorization: `Bearer ${secret}` } });

  it('stores only the SHA-256 of a secret, never the secret', async () => {
    const rows = await api.db.db.selectFrom('api_token').select(['token_hash']).execute();
    const hashes = rows.map((r) => r.token_hash);
    expect(hashes).toContain(hashTokenSecret(api.secrets.coordinator));
    expect(hashes).not.toContain(api.secrets.coordinator);
    expect(api.secrets.coordinator).toMatch(/^wst_[A-Za-z0-9_-]{43}$/);
  });

  it('rejects a revoked token with 401 invalid_token once the token cache lifetime (5 s) has passed', async () => {
    const { id, secret } = await createApiToken(api.db.db, { countyId: COUNTY, role: 'coordinator' });
    expect((await withToken(secret)).status).toBe(200);
    await revokeApiToken(api.db.db, COUNTY, id);
    clock += DEFAULT_CACHE_POLICY.tokenTtlMs - 1;
    expect((await withToken(secret)).status, 'still inside the cache lifetime').toBe(200);
    clock += 1;
    const res = await withToken(secret);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="weekend-shuttle", error="invalid_token"');
  });

  it('rejects a token of another county', async () => {
    await api.db.db.insertInto('county').values({ id: 999002, name_zh: '别县', name_en: 'Other County', time_zone: 'Asia/Shanghai', boundary: null, demo_friday: null }).execute();
    const { secret } = await createApiToken(api.db.db, { countyId: 999002, role: 'coordinator' });
    expect((await withToken(secret)).status).toBe(401);
  });

  it('rejects a well-formed secret that was never issued, and a non-Bearer scheme', async () => {
    expect((await withToken(`wst_${'x'.repeat(43)}`)).status).toBe(401);
    const basic = await fetch(`${api.base}/api/v1/county`, { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(basic.status).toBe(401);
    expect(basic.headers.get('www-authenticate')).toContain('error="invalid_request"');
  });

  it('records when a token was last used', async () => {
    const { id, secret } = await createApiToken(api.db.db, { countyId: COUNTY, role: 'inspector' });
    const lastUsed = async () => (await api.db.db.selectFrom('api_token').select('last_used_at').where('id', '=', id).executeTakeFirstOrThrow()).last_used_at;
    expect(await lastUsed()).toBeNull();
    await withToken(secret);
    expect(await lastUsed()).toBeInstanceOf(Date);
  });

  it('never writes a secret or an Authorization header to the request log', async () => {
    await api.request('school', '/api/v1/schools', { headers: { 'x-request-id': 'log-check' } });
    const lines = api.logLines.join('\n');
    for (const secret of Object.values(api.secrets)) expect(lines).not.toContain(secret);
    expect(lines.toLowerCase()).not.toContain('bearer');
    const line = JSON.parse(api.logLines.find((l) => l.includes('"log-check"')) ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({ requestId: 'log-check', method: 'GET', path: '/api/v1/schools', status: 200, role: 'school' });
    expect(line['tokenId']).toMatch(/^tok_/);
  });
});
