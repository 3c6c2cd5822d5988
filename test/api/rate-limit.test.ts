import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type ApiHarness } from './helpers/api-harness.js';

describe('rate limiting', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startHarness('pglite', { limits: { rate: { windowMs: 60_000, perToken: 3, perAnonymous: 2 } } });
  });
  afterAll(async () => {
    await api.close();
  });

  it('answers the request after the limit of one token with 429 and leaves other tokens alone', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await api.request('inspector', '/api/v1/county')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await api.request('inspector', '/api/v1/county');
    expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await limited.json()) as { code: string }).code).toBe('rate_limited');
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await api.request('coordinator', '/api/v1/county')).status).toBe(200);
  });

  it('limits requests without a valid token by address, and never limits /health', async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await api.request('anonymous', '/api/v1/county')).status);
    expect(statuses).toEqual([401, 401, 429]);
    expect((await api.request('anonymous', '/health')).status).toBe(200);
  });
});
