import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineM, polylineLengthM, type Position } from '../../src/domain/geo.js';
import { allocate } from '../../scripts/dataset/integer-allocation.js';
import { LocalPlane, round6 } from '../../scripts/dataset/plane.js';
import { Random } from '../../scripts/dataset/random.js';
import { windingLine } from '../../scripts/dataset/winding-line.js';

describe('the seeded generator', () => {
  it('gives the same sequence for the same seed and stays in range', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 100 }), (seed, lo, span) => {
        const a = new Random(seed);
        const b = new Random(seed);
        for (let i = 0; i < 20; i++) {
          const x = a.int(lo, lo + span);
          expect(b.int(lo, lo + span)).toBe(x);
          expect(x).toBeGreaterThanOrEqual(lo);
          expect(x).toBeLessThanOrEqual(lo + span);
        }
      }),
    );
  });

  it('derives different streams for different labels', () => {
    const r = new Random(20261204);
    expect(r.fork('roads').next()).not.toBe(r.fork('students').next());
    expect(r.fork('roads').next()).toBe(r.fork('roads').next());
  });
});

describe('integer allocation', () => {
  it('hands out exactly the total, never above a cap, nothing to a zero weight', () => {
    const entries = fc.array(fc.tuple(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 10, noNaN: true })), fc.integer({ min: 0, max: 80 })), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(entries, fc.double({ min: 0, max: 1, noNaN: true }), (rows, fill) => {
        const weights = rows.map(([w]) => w);
        const caps = rows.map(([, c]) => c);
        const room = rows.reduce((a, [w, c]) => a + (w > 0 ? c : 0), 0);
        const total = Math.floor(room * fill);
        const out = allocate(total, weights, caps);
        expect(out.reduce((a, x) => a + x, 0)).toBe(total);
        out.forEach((x, i) => {
          expect(x).toBeLessThanOrEqual(caps[i] as number);
          if (weights[i] === 0) expect(x).toBe(0);
        });
      }),
    );
  });

  it('refuses a total the caps cannot hold', () => {
    expect(() => allocate(10, [1, 1], [4, 5])).toThrow(/caps cannot hold/);
  });
});

describe('winding lines', () => {
  const plane = new LocalPlane([119.2657, 28.59955]);
  const point = fc.tuple(fc.double({ min: 118.8, max: 119.4, noNaN: true }), fc.double({ min: 28.3, max: 28.8, noNaN: true })).map(([x, y]) => [round6(x), round6(y)] as Position);

  it('starts and ends exactly on its nodes and is as long as asked (within 3 %)', () => {
    fc.assert(
      fc.property(point, point, fc.double({ min: 1.05, max: 1.8, noNaN: true }), fc.integer({ min: 250, max: 5000 }), fc.integer(), (a, b, ratio, halfWaveM, seed) => {
        fc.pre(haversineM(a, b) > 300);
        const lengthM = haversineM(a, b) * ratio;
        const line = windingLine(plane, a, b, lengthM, halfWaveM, new Random(seed));
        expect(line[0]).toEqual(a);
        expect(line.at(-1)).toEqual(b);
        expect(Math.abs(polylineLengthM(line) / lengthM - 1)).toBeLessThan(0.03);
      }),
      { numRuns: 60 },
    );
  });
});
