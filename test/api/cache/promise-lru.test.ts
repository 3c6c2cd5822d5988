import { describe, expect, it } from 'vitest';
import { PromiseLru } from '../../../src/api/cache/promise-lru.js';

describe('PromiseLru', () => {
  it('shares one load per key, forgets a failed load, and evicts the least recently used past its size', async () => {
    const lru = new PromiseLru<number>(2);
    let loads = 0;
    const load = (v: number) => () => {
      loads += 1;
      return Promise.resolve(v);
    };
    const [a, b] = [lru.get('a', load(1)), lru.get('a', load(99))];
    expect(a).toBe(b);
    expect(await a).toBe(1);
    expect(loads).toBe(1);

    await expect(lru.get('bad', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await Promise.resolve();
    expect(await lru.get('bad', load(2))).toBe(2);

    // Held now: a, bad (size 2). Touch a, add c: bad goes, a stays.
    expect(await lru.get('a', load(98))).toBe(1);
    expect(await lru.get('c', load(3))).toBe(3);
    const before = loads;
    expect(await lru.get('a', load(97))).toBe(1);
    expect(await lru.get('bad', load(4))).toBe(4);
    expect(loads).toBe(before + 1);
  });
});
