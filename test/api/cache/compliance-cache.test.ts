import { describe, expect, it } from 'vitest';
import { ComplianceCache } from '../../../src/api/cache/compliance-cache.js';
import type { StoredComplianceRecords } from '../../../src/db/load-compliance-records.js';

const EMPTY: StoredComplianceRecords = { operators: [], vehicles: [], drivers: [], inspections: [], rectifications: [], insurance: [], plates: [] };

/** A cache whose loads the test counts and can hold open, with a clock the test moves. */
function setup(ttlMs = 2000) {
  const state = { now: 0, loads: 0 };
  const cache = new ComplianceCache({ ttlMs, maxBodies: 2, now: () => state.now });
  const load = async () => {
    state.loads += 1;
    return { ...EMPTY, operators: [{ id: `load-${state.loads}`, countyId: 999001, nameZh: 'x', licenceNo: 'x' }] };
  };
  const loadNo = async (): Promise<string | undefined> => (await cache.records(load)).operators[0]?.id;
  return { cache, state, load, loadNo };
}

describe('the compliance cache', () => {
  it('reuses loaded records for its lifetime, then reads again', async () => {
    const { state, loadNo } = setup();
    expect(await loadNo()).toBe('load-1');
    state.now = 1999;
    expect(await loadNo()).toBe('load-1');
    state.now = 2000;
    expect(await loadNo()).toBe('load-2');
  });

  it('reads again at once after an invalidation, and never hands out a load begun before it', async () => {
    const { cache, loadNo } = setup();
    let release: () => void = () => undefined;
    const slow = cache.records(() => new Promise((resolve) => { release = () => resolve(EMPTY); }));
    cache.invalidate();
    expect(await loadNo()).toBe('load-1');
    release();
    await slow;
    expect(await loadNo()).toBe('load-1');
  });

  it('prepares a body once per key and generation, and keeps no failed load', async () => {
    const { cache, state, load } = setup();
    let builds = 0;
    const build = () => ({ n: ++builds });
    const a = await cache.body('k', load, build);
    expect(await cache.body('k', load, build)).toBe(a);
    cache.invalidate();
    expect((await cache.body('k', load, build)).json).toBe('{"n":2}');
    cache.invalidate();
    await expect(cache.records(async () => { throw new Error('db down'); })).rejects.toThrow('db down');
    expect((await cache.records(load)).operators).toHaveLength(1);
    expect(state.loads).toBe(3);
  });

  it('loads every time when its lifetime is 0', async () => {
    const { state, loadNo } = setup(0);
    await loadNo();
    await loadNo();
    expect(state.loads).toBe(2);
  });
});
