import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateWeekendSchedule } from '../../src/scheduling/generate-weekend-schedule.js';
import { validateSchedule } from '../../src/scheduling/validate/validate-schedule.js';
import { FRIDAY, gridCounty, type Cell } from './fixtures/grid-county.js';

const cell = (columns: number, rows: number) => fc.tuple(fc.integer({ min: 0, max: columns - 1 }), fc.integer({ min: 0, max: rows - 1 })) as fc.Arbitrary<Cell>;

/** A random small county: a 2–5 × 1–3 grid, 1–3 schools with 1–3 villages each, 1–3 buses, any weather. */
const county = fc.record({ columns: fc.integer({ min: 2, max: 5 }), rows: fc.integer({ min: 1, max: 3 }) }).chain(({ columns, rows }) =>
  fc.record({
    columns: fc.constant(columns),
    rows: fc.constant(rows),
    schools: fc.array(fc.record({
      gate: cell(columns, rows),
      start: fc.integer({ min: 13, max: 16 }),
      students: fc.array(fc.record({ at: cell(columns, rows), count: fc.integer({ min: 1, max: 30 }) }), { minLength: 1, maxLength: 3 }),
    }), { minLength: 1, maxLength: 3 }),
    buses: fc.array(fc.record({ capacity: fc.integer({ min: 10, max: 45 }), depot: cell(columns, rows), compliant: fc.boolean() }), { minLength: 1, maxLength: 3 }),
    weather: fc.constantFrom('clear', 'rain', 'fog', 'snow'),
  }));

describe('generated schedules', () => {
  it('pass validateSchedule on random small counties: capacity, once per student, times, duties, windows', () => {
    fc.assert(
      fc.property(county, (c) => {
        const records = gridCounty({
          columns: c.columns, rows: c.rows,
          schools: c.schools.map((s, k) => ({ id: `S${k}`, gate: s.gate, home: [`${s.start}:00`, `${s.start + 1}:00`], students: s.students })),
          vehicles: c.buses.map((b, k) => ({ id: `BUS${k}`, ...b })),
        });
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
