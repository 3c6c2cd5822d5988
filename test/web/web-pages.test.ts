import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import type { AppOptions } from '../../src/api/app-options.js';
import { createApiToken } from '../../src/api/auth/api-token-store.js';
import type { Db } from '../../src/db/database.js';
import { importDataset } from '../../src/db/import-dataset.js';
import { tinyCounty } from '../helpers/fixtures/tiny-county.js';
import { openTestDb } from '../helpers/test-database.js';

/** Serves an app on a random port; returns its base URL and a closer. */
async function serve(options: AppOptions): Promise<{ base: string; close: () => Promise<void> }> {
  const server: Server = createServer(createApp(options));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}

describe('the web pages mounted by the API (src/api/web-pages.ts)', () => {
  let db: Db;
  let dir: string;
  let app: { base: string; close: () => Promise<void> };
  let countyId: number;

  beforeAll(async () => {
    db = await openTestDb('pglite', 'empty');
    const county = tinyCounty();
    await importDataset(db.db, county);
    countyId = county.manifest.county.id;
    // A stand-in build: the mounting is under test here, not vite (the browser tests build the real pages).
    dir = await mkdtemp(join(tmpdir(), 'ws-web-pages-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>t</title><script type="module" src="/assets/app-1.js"></script>');
    await writeFile(join(dir, 'assets', 'app-1.js'), 'export {};');
    app = await serve({ db: db.db, countyId, logger: pino({ level: 'silent' }), web: { dir } });
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('serves the page at / with a CSP that allows no inline script, revalidated on every load', async () => {
    const response = await fetch(`${app.base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    // Served over plain HTTP (a LAN): the browser must not be told to fetch the scripts over HTTPS.
    expect(response.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    expect(await response.text()).toContain('/assets/app-1.js');
  });

  it('serves hashed assets for a year and Leaflet from node_modules', async () => {
    const asset = await fetch(`${app.base}/assets/app-1.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const leaflet = await fetch(`${app.base}/vendor/leaflet/leaflet.js`);
    expect(leaflet.status).toBe(200);
    expect(await leaflet.text()).toContain('Leaflet');
    expect((await fetch(`${app.base}/vendor/leaflet/leaflet.css`)).headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('answers a missing file with the API\'s 404 problem', async () => {
    const response = await fetch(`${app.base}/assets/nope.js`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await response.json()) as { code: string }).code).toBe('not_found');
  });

  it('serves the reservoir outline as GeoJSON', async () => {
    const response = await fetch(`${app.base}/web/water-areas.geojson`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    expect(((await response.json()) as { type: string }).type).toBe('FeatureCollection');
  });

  it('tells a token its role and scope (GET /api/v1/me), and refuses a request without one with a Bearer challenge', async () => {
    const anonymous = await fetch(`${app.base}/api/v1/me`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toContain('Bearer');
    const school = await createApiToken(db.db, { countyId, role: 'school', schoolId: 'school-1' });
    const response = await fetch(`${app.base}/api/v1/me`, { headers: { authorization: `Bearer ${school.secret}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ tokenId: school.id, role: 'school', countyId, schoolId: 'school-1', operatorId: null });
  });

  it('says the pages are not built when the build folder is empty, and serves nothing at / with web: false', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'ws-web-empty-'));
    const unbuilt = await serve({ db: db.db, countyId, logger: pino({ level: 'silent' }), web: { dir: empty } });
    const apiOnly = await serve({ db: db.db, countyId, logger: pino({ level: 'silent' }), web: false });
    try {
      const response = await fetch(`${unbuilt.base}/`);
      expect(response.status).toBe(503);
      expect(((await response.json()) as { detail: string }).detail).toContain('npm run build:web');
      expect((await fetch(`${apiOnly.base}/`)).status).toBe(404);
      expect((await fetch(`${apiOnly.base}/web/water-areas.geojson`)).status).toBe(404);
      expect((await fetch(`${apiOnly.base}/api/v1/me`)).status).toBe(401);
    } finally {
      await unbuilt.close();
      await apiOnly.close();
      await rm(empty, { recursive: true, force: true });
    }
  });
});
