import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PreparedBody } from '../../../src/api/cache/prepared-body.js';
import { ResponseCache } from '../../../src/api/cache/response-cache.js';

/** A cache over a probe whose version the test sets, with a clock the test moves. */
function cacheWith(options: { probeEveryMs?: number; maxEntries?: number } = {}) {
  const state = { version: 'v1', now: 0, probes: 0, fail: false };
  const cache = new ResponseCache(async () => {
    state.probes += 1;
    if (state.fail) throw new Error('database down');
    return state.version;
  }, { maxEntries: options.maxEntries ?? 10, probeEveryMs: options.probeEveryMs ?? 1000, now: () => state.now });
  return { cache, state };
}

describe('a prepared body', () => {
  it('holds the JSON, a strong ETag of it and, past 1 KiB, a gzip copy that inflates to the same JSON', () => {
    const big = new PreparedBody({ items: Array.from({ length: 200 }, (_, i) => ({ id: `p-${i}`, name: '站点' })) });
    expect(big.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(gunzipSync(big.gzip ?? Buffer.alloc(0)).toString('utf8')).toBe(big.json);
    expect(new PreparedBody({ a: 1 }).gzip).toBeUndefined();
    expect(new PreparedBody({ a: 1 }).etag).toBe(new PreparedBody({ a: 1 }).etag);
    expect(new PreparedBody({ a: 2 }).etag).not.toBe(new PreparedBody({ a: 1 }).etag);
  });
});

describe('the response cache', () => {
  it('builds a body once and serves it until the data version changes', async () => {
    const { cache, state } = cacheWith();
    let builds = 0;
    const build = async () => ({ n: ++builds });
    expect((await cache.get('k', build)).json).toBe('{"n":1}');
    state.now = 999;
    state.version = 'v2';
    expect((await cache.get('k', build)).json).toBe('{"n":1}');
    state.now = 1000;
    expect((await cache.get('k', build)).json).toBe('{"n":2}');
    expect(state.probes).toBe(2);
  });

  it('shares one build between concurrent misses and keeps no failed build', async () => {
    const { cache } = cacheWith();
    let builds = 0;
    const [a, b] = await Promise.all([cache.get('k', async () => ({ n: ++builds })), cache.get('k', async () => ({ n: ++builds }))]);
    expect(a).toBe(b);
    await expect(cache.get('bad', async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect((await cache.get('bad', async () => ({ ok: true }))).json).toBe('{"ok":true}');
  });

  it('empties on invalidate, drops the oldest beyond its size, and keeps serving while the probe fails', async () => {
    const { cache, state } = cacheWith({ maxEntries: 2 });
    for (const k of ['a', 'b', 'c']) await cache.get(k, async () => k);
    expect(cache.size).toBe(2);
    cache.invalidate();
    expect(cache.size).toBe(0);
    await cache.get('a', async () => 'first');
    state.fail = true;
    state.now = 5000;
    expect((await cache.get('a', async () => 'second')).json).toBe('"first"');
  });
});
