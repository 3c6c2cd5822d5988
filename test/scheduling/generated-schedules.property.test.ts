import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateWeekendSchedule } from '../../src/scheduling/generate-weekend-schedule.js';
import { validateSchedule } from '../../src/scheduling/validate/validate-schedule.js';
import { FRIDAY } from './fixtures/grid-county.js';
import { cellIn, randomGridCounty, schoolsIn } from './fixtures/random-grid.js';

/** A random small county: a 2–5 × 1–3 grid, 1–3 schools with 1–3 villages each, 1–3 buses, any weather. */
const county = fc.record({ columns: fc.integer({ min: 2, max: 5 }), rows: fc.integer({ min: 1, max: 3 }) }).chain(({ columns, rows }) =>
  fc.record({
    columns: fc.constant(columns),
    rows: fc.constant(rows),
    schools: schoolsIn(columns, rows, 30),
    buses: fc.array(fc.record({ capacity: fc.integer({ min: 10, max: 45 }), depot: cellIn(columns, rows), compliant: fc.boolean() }), { minLength: 1, maxLength: 3 }),
    weather: fc.constantFrom('clear', 'rain', 'fog', 'snow'),
  }));

describe('generated schedules', () => {
  it('pass validateSchedule on random small counties: capacity, once per student, times, duties, windows', () => {
    fc.assert(
      fc.property(county, (c) => {
        const records = randomGridCounty(c);
        const weather = { weather: c.weather, closed: [] };
        const s = generateWeekendSchedule(records, {
          friday: FRIDAY, conditions: { '2026-12-04': weather, '2026-12-06': weather }, params: { routingTimeLimitS: 0.5, chainingTimeLimitS: 0.2, seed: 5 },
        });
        expect(validateSchedule(s, { records })).toEqual([]);
        const runsOf = new Set(s.runs.map((r) => r.vehicleId));
        for (const [k, b] of c.buses.entries()) if (!b.compliant) expect(runsOf.has(`BUS${k}`)).toBe(false);
      }),
      { numRuns: 12, seed: 20261204 },
    );
  });
});
