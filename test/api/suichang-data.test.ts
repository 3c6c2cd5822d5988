import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ENDPOINTS } from '../../src/api/api-endpoints.js';
import { createApp } from '../../src/api/app.js';
import { createApiToken } from '../../src/api/auth/api-token-store.js';
import type { Db } from '../../src/db/database.js';
import { SUICHANG_COUNTY_ID } from '../../src/domain/county.js';
import { hasSuichang, openTestDb } from '../helpers/test-database.js';

/** Every GET without path parameters, served from the real county dataset with responses checked against their schemas. */
describe.runIf(hasSuichang())('the API on the Suichang dataset', () => {
  let db: Db;
  let base: string;
  let secret: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    db = await openTestDb('pglite', 'suichang');
    secret = (await createApiToken(db.db, { countyId: SUICHANG_COUNTY_ID, role: 'coordinator' })).secret;
    const server = createServer(createApp({ db: db.db, countyId: SUICHANG_COUNTY_ID, logger: pino({ level: 'silent' }), validateResponses: true, web: false }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    };
  });
  afterAll(async () => {
    await close();
  });

  /** Queries that lists require; the demo Friday for compliance and the weekend's runs. */
  const REQUIRED_QUERY: Readonly<Record<string, string>> = { '/api/v1/compliance': '?date=2026-12-04', '/api/v1/runs': '?friday=2026-12-04' };
  /** The template has no schedule: the runs of a weekend with nothing published are 404 (test/web plans and publishes one). */
  const STATUS: Readonly<Record<string, number>> = { '/api/v1/runs': 404 };
  const lists = API_ENDPOINTS.filter((e) => e.method === 'get' && !e.path.includes('{')).map((e) => e.path);
  it.each(lists.map((path) => [path] as const))('serves %s within its schema', async (path) => {
    const res = await fetch(base + path + (REQUIRED_QUERY[path] ?? ''), { headers: { authorization: `Bearer ${secret}` } });
    expect(res.status, (await res.clone().text()).slice(0, 300)).toBe(STATUS[path] ?? 200);
  });

  it('serves one object of each kind within its schema', async () => {
    const get = async (path: string) => fetch(base + path, { headers: { authorization: `Bearer ${secret}` } });
    const first = async (path: string) => ((await (await get(path)).json()) as { items: { id: string }[] }).items[0]?.id ?? 'none';
    const vehicle = await first('/api/v1/vehicles');
    const driver = await first('/api/v1/drivers');
    for (const path of [
      `/api/v1/schools/${await first('/api/v1/schools')}`, `/api/v1/vehicles/${vehicle}`, `/api/v1/drivers/${driver}`,
      `/api/v1/vehicles/${vehicle}/compliance?date=2026-12-04`, `/api/v1/drivers/${driver}/compliance?date=2026-12-04`,
      `/api/v1/inspections/${await first('/api/v1/inspections')}`, `/api/v1/plates/${await first('/api/v1/plates')}`,
    ]) {
      expect((await get(path)).status, path).toBe(200);
    }
    const students = (await (await get('/api/v1/students?needsRide=true&pageSize=500')).json()) as { total: number; items: unknown[] };
    expect(students.total).toBeGreaterThan(500);
    expect(students.items).toHaveLength(500);
  });
});
