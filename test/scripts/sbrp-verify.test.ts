import { describe, expect, it } from 'vitest';
import type { SbrpInstance } from '../../scripts/sbrp/sbrp-instance.js';
import { hhmmToSeconds } from '../../scripts/sbrp/sbrp-instance.js';
import { routeServiceS, verifySbrpSolution, type SbrpSolution } from '../../scripts/sbrp/sbrp-verify.js';

// Speed 29.3333333 ft/s: 2933.33333 ft is 100 s. School A at 07:00, school B at 08:00.
const FT_100S = 2933.33333;
const INSTANCE: SbrpInstance = {
  name: 'hand',
  schools: [
    { id: 'A', x: 0, y: 0, bellS: hhmmToSeconds('700') },
    { id: 'B', x: 10 * FT_100S, y: 0, bellS: hhmmToSeconds('800') },
  ],
  stops: [
    { id: 'a1', x: 0, y: 2 * FT_100S, schoolId: 'A', students: 30 },
    { id: 'a2', x: 0, y: 4 * FT_100S, schoolId: 'A', students: 30 },
    { id: 'b1', x: 10 * FT_100S, y: 3 * FT_100S, schoolId: 'B', students: 10 },
  ],
};
const VALID: SbrpSolution = { buses: [[{ school: 'A', stops: ['a2', 'a1'] }, { school: 'B', stops: ['b1'] }]] };

describe('SBRP solution verifier', () => {
  it('accepts a hand-checked valid solution and counts its buses', () => {
    // Route A: dwell a2 97 + 200 s to a1 + dwell a1 97 + 200 s to A = 594 s (by hand).
    expect(routeServiceS(INSTANCE, 'A', ['a2', 'a1'])).toBeCloseTo(594, 3);
    expect(verifySbrpSolution(INSTANCE, 2700, VALID)).toEqual({ buses: 1, violations: [] });
  });

  it.each([
    ['a stop served twice', { buses: [[{ school: 'A', stops: ['a2', 'a1'] }], [{ school: 'A', stops: ['a1'] }, { school: 'B', stops: ['b1'] }]] }, /a1 served 2 times/],
    ['a stop never served', { buses: [[{ school: 'A', stops: ['a2', 'a1'] }]] }, /b1 served 0 times/],
    ['a stop of another school', { buses: [[{ school: 'A', stops: ['a2', 'a1', 'b1'] }]] }, /belongs to school B/],
    ['ride time over the maximum', VALID, /rides 497\.0 s > 400/],
  ])('rejects %s', (_name, solution, pattern) => {
    const mrt = _name === 'ride time over the maximum' ? 400 : 2700;
    const { violations } = verifySbrpSolution(INSTANCE, mrt, solution as SbrpSolution);
    expect(violations.join('\n')).toMatch(pattern);
  });

  it('rejects an overloaded route and a chaining that arrives late', () => {
    const heavy: SbrpInstance = { ...INSTANCE, stops: INSTANCE.stops.map((s) => (s.id === 'a1' ? { ...s, students: 40 } : s)) };
    expect(verifySbrpSolution(heavy, 2700, VALID).violations.join('\n')).toMatch(/load 70 > 66/);
    const early: SbrpInstance = { ...INSTANCE, schools: INSTANCE.schools.map((s) => (s.id === 'B' ? { ...s, bellS: hhmmToSeconds('705') } : s)) };
    expect(verifySbrpSolution(early, 2700, VALID).violations.join('\n')).toMatch(/cannot follow school A/);
  });
});
