import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateWeekendSchedule } from '../../../src/scheduling/generate-weekend-schedule.js';
import { replan } from '../../../src/scheduling/replan/replan.js';
import type { ReplanEventInput } from '../../../src/scheduling/replan/replan-event.js';
import { FRIDAY, roadId, type Cell } from '../fixtures/grid-county.js';
import { cellIn, randomGridCounty, schoolsIn } from '../fixtures/random-grid.js';
import { expectSound } from './replan-helpers.js';

/** A random small county (2–4 × 1–3 grid, 1–3 schools, 1–4 buses) and a random event of any kind. */
const scenario = fc.record({ columns: fc.integer({ min: 2, max: 4 }), rows: fc.integer({ min: 1, max: 3 }) }).chain(({ columns, rows }) =>
  fc.record({
    columns: fc.constant(columns),
    rows: fc.constant(rows),
    schools: schoolsIn(columns, rows, 25),
    buses: fc.array(fc.record({ capacity: fc.integer({ min: 10, max: 45 }), depot: cellIn(columns, rows) }), { minLength: 1, maxLength: 4 }),
    kind: fc.constantFrom('vehicle-out', 'road-closed', 'weather', 'window-changed'),
    pick: fc.nat(1000),
    road: fc.tuple(cellIn(columns, rows), fc.boolean()),
    weather: fc.constantFrom('rain', 'fog', 'snow'),
    shiftH: fc.integer({ min: 1, max: 3 }),
  }));

describe('re-planning random small weekends', () => {
  it('always gives a valid draft that keeps what the event did not break, never the vehicle that is out, and a reason for everyone left', () => {
    fc.assert(
      fc.property(scenario, (c) => {
        const records = randomGridCounty(c);
        const published = generateWeekendSchedule(records, { friday: FRIDAY, params: { routingTimeLimitS: 0.3, chainingTimeLimitS: 0.2, seed: 5 } });
        const [at, across] = c.road;
        const next: Cell = across ? [Math.min(at[0] + 1, c.columns - 1), at[1]] : [at[0], Math.min(at[1] + 1, c.rows - 1)];
        const school = c.schools[c.pick % c.schools.length]!;
        const events: Record<string, ReplanEventInput> = {
          'vehicle-out': { kind: 'vehicle-out', vehicleId: `BUS${c.pick % c.buses.length}`, reason: 'breakdown' },
          'road-closed': { kind: 'road-closed', segmentId: next[0] === at[0] && next[1] === at[1] ? records.roads[c.pick % Math.max(1, records.roads.length)]?.id ?? 'none' : roadId(at, next), reason: 'landslide' },
          weather: { kind: 'weather', date: c.pick % 2 === 0 ? FRIDAY : '2026-12-06', weather: c.weather },
          'window-changed': { kind: 'window-changed', schoolId: `S${c.pick % c.schools.length}`, direction: 'home', earliest: `${school.start + c.shiftH}:00`, latest: `${school.start + c.shiftH + 1}:00` },
        };
        if (c.kind === 'road-closed' && records.roads.length === 0) return;
        const event = events[c.kind]!;
        const r = replan(published, event, { records, timeLimitS: 1 });
        expectSound(published, r);
        if (event.kind === 'vehicle-out') expect(r.draft.runs.some((x) => x.vehicleId === event.vehicleId)).toBe(false);
        if (r.broken.size === 0) expect(r.draft.runs).toEqual(published.runs);
      }),
      { numRuns: 16, seed: 20261205 },
    );
  });
});
