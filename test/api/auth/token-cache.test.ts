import { describe, expect, it } from 'vitest';
import type { RequestAuth } from '../../../src/api/auth/request-auth.js';
import { TokenCache } from '../../../src/api/auth/token-cache.js';

const AUTH: RequestAuth = { tokenId: 'tok_000000000001', role: 'coordinator', countyId: 999001 };

describe('the token cache', () => {
  it('reuses a lookup for its lifetime only, so a revocation takes effect within it', async () => {
    let now = 0;
    let stored: RequestAuth | undefined = AUTH;
    let loads = 0;
    const cache = new TokenCache({ ttlMs: 5000, maxEntries: 10, now: () => now });
    const load = async () => {
      loads += 1;
      return stored;
    };
    expect(await cache.resolve('h', load)).toEqual(AUTH);
    stored = undefined;
    now = 4999;
    expect(await cache.resolve('h', load)).toEqual(AUTH);
    now = 5000;
    expect(await cache.resolve('h', load)).toBeUndefined();
    expect(loads).toBe(2);
  });

  it('remembers unknown tokens too, within its size, and forgets failed lookups', async () => {
    const cache = new TokenCache({ ttlMs: 5000, maxEntries: 2, now: () => 0 });
    let loads = 0;
    const unknown = async () => {
      loads += 1;
      return undefined;
    };
    await cache.resolve('x', unknown);
    await cache.resolve('x', unknown);
    expect(loads).toBe(1);
    await cache.resolve('y', unknown);
    await cache.resolve('z', unknown);
    await cache.resolve('x', unknown);
    expect(loads).toBe(4);
    await expect(cache.resolve('f', async () => { throw new Error('db down'); })).rejects.toThrow('db down');
    expect(await cache.resolve('f', async () => AUTH)).toEqual(AUTH);
  });

  it('looks up every time when its lifetime is 0', async () => {
    const cache = new TokenCache({ ttlMs: 0, maxEntries: 10, now: () => 0 });
    let loads = 0;
    for (let i = 0; i < 3; i++) await cache.resolve('h', async () => { loads += 1; return AUTH; });
    expect(loads).toBe(3);
  });
});
