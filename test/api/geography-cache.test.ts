import { gunzipSync } from 'node:zlib';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_POLICY } from '../../src/api/app-options.js';
import { importDataset } from '../../src/db/import-dataset.js';
import { startHarness, type ApiHarness } from './helpers/api-harness.js';
import { twoScopeCounty } from './helpers/two-scope-county.js';

/** A raw GET (fetch would inflate gzip itself and hide Content-Encoding). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

describe('the geography responses', () => {
  let api: ApiHarness;
  let clock = 0;
  beforeAll(async () => {
    api = await startHarness('pglite', { cache: { now: () => clock } });
  });
  afterAll(async () => {
    await api.close();
  });

  const auth = () => ({ authorization: `Bearer ${api.secrets.school}` });

  it('carry an ETag and answer a matching If-None-Match with 304', async () => {
    // Raw requests: fetch adds Cache-Control: no-cache to conditional requests, which forces a full answer.
    const first = await rawGet(`${api.base}/api/v1/network`, auth());
    const etag = String(first.headers['etag']);
    expect(etag).toMatch(/^"/);
    expect((await rawGet(`${api.base}/api/v1/network`, { ...auth(), 'if-none-match': etag })).status).toBe(304);
    expect((await rawGet(`${api.base}/api/v1/network`, { ...auth(), 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('are sent gzipped to a client that accepts it, and as they are to one that does not', async () => {
    const zipped = await rawGet(`${api.base}/api/v1/network`, { ...auth(), 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['vary']).toMatch(/Accept-Encoding/i);
    const plain = await rawGet(`${api.base}/api/v1/network`, { ...auth(), 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(plain.body.toString('utf8'));
    expect(JSON.parse(plain.body.toString('utf8'))).toMatchObject({ type: 'FeatureCollection' });
  });

  it('show a new dataset import once the cache has checked for one', async () => {
    const name = async () => ((await (await api.request('coordinator', '/api/v1/places/v-1')).json()) as { properties: { nameZh: string } }).properties.nameZh;
    const listed = async () => ((await (await api.request('coordinator', '/api/v1/places?kind=village_stop')).json()) as { features: { id: string; properties: { nameZh: string } }[] })
      .features.find((f) => f.id === 'v-1')?.properties.nameZh;
    expect(await listed()).toBe('一村');
    const d = twoScopeCounty();
    await importDataset(api.db.db, { ...d, places: d.places.map((p) => (p.id === 'v-1' ? { ...p, nameZh: '一村（新）' } : p)) });
    expect(await name()).toBe('一村（新）');
    expect(await listed(), 'served from the cache until the next check').toBe('一村');
    clock += DEFAULT_CACHE_POLICY.countyDataProbeMs;
    expect(await listed()).toBe('一村（新）');
  });
});
