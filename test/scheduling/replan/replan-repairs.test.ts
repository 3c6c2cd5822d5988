import { describe, expect, it } from 'vitest';
import { replan } from '../../../src/scheduling/replan/replan.js';
import { validateSchedule } from '../../../src/scheduling/validate/validate-schedule.js';
import { gridCounty, type GridCountyInput } from '../fixtures/grid-county.js';
import { plan } from '../fixtures/schedule-helpers.js';
import { expectSound } from './replan-helpers.js';

describe('repairs that need the routing engine', () => {
  /** One big coach planned the weekend; two small buses got their insurance after it was published. */
  const input = (smallsCompliant: boolean): GridCountyInput => ({
    columns: 3, rows: 2,
    schools: [{ id: 'A', gate: [0, 0], home: ['14:00', '16:00'], back: ['15:00', '17:00'], students: [{ at: [2, 0], count: 15 }, { at: [2, 1], count: 15 }] }],
    vehicles: [
      { id: 'BIG', capacity: 45, depot: [0, 0] },
      { id: 'SMALL1', capacity: 19, depot: [0, 0], compliant: smallsCompliant }, { id: 'SMALL2', capacity: 19, depot: [0, 0], compliant: smallsCompliant },
    ],
  });
  const before = gridCounty(input(false));
  const now = gridCounty(input(true));
  const published = plan(before);

  it('splits the run of a coach that is out over two smaller buses, serving everyone', () => {
    expect(published.runs.every((r) => r.vehicleId === 'BIG')).toBe(true);
    const r = replan(published, { kind: 'vehicle-out', vehicleId: 'BIG', reason: 'breakdown' }, { records: now });
    expectSound(published, r);
    expect(r.unserved).toEqual([]);
    expect(r.repairs.map((u) => u.tier)).toEqual(['rerouted', 'rerouted']);
    expect(r.draft.runs.length).toBe(4);
    expect(r.draft.runs.every((x) => x.vehicleId.startsWith('SMALL') && x.maxLoad <= 19)).toBe(true);
    // The first new run of each direction takes the id of the run it replaces; the other is added.
    const kinds = r.changes.schools[0]!.changes.map((c) => c.kind);
    expect(kinds).toContain('run_added');
    expect(kinds).toContain('vehicle');
    expect(r.changes.schools[0]!.affectedStudentIds).toHaveLength(30);
  });
});

describe('bus and boat together', () => {
  const reservoir = gridCounty({
    columns: 3, rows: 1,
    schools: [{ id: 'A', gate: [0, 0], students: [{ at: 'w0', count: 8 }, { at: [1, 0], count: 5 }] }],
    vehicles: [{ id: 'BUS1', capacity: 19, depot: [0, 0] }, { id: 'BUS2', capacity: 19, depot: [0, 0] }, { id: 'BOAT1', capacity: 12, depot: [2, 0], kind: 'boat' }],
    pier: { at: [2, 0], landingsM: [3000] },
  });
  const published = plan(reservoir);

  it('leaves the water-only village without a ride when the only boat is out, and drops its pier shuttle too', () => {
    expect(validateSchedule(published, { records: reservoir })).toEqual([]);
    const r = replan(published, { kind: 'vehicle-out', vehicleId: 'BOAT1', reason: 'engine failure' }, { records: reservoir });
    expectSound(published, r);
    const water = reservoir.students.filter((s) => s.homePlaceId === 'w0').map((s) => s.id).sort();
    expect([...new Set(r.unserved.map((u) => u.studentId))].sort()).toEqual(water);
    expect(r.unserved.every((u) => u.reasonCode === 'no_boat')).toBe(true);
    expect(r.draft.runs.some((x) => x.mode === 'boat' || x.stops.some((s) => s.placeId === 'p-2-0'))).toBe(false);
    expect(r.draft.transfers).toEqual([]);
    // The village by road keeps its runs.
    const road = published.runs.filter((x) => x.stops.some((s) => s.placeId === 'p-1-0') && !r.broken.has(x.id));
    expect(road.length).toBeGreaterThan(0);
    for (const run of road) expect(r.unchangedRunIds).toContain(run.id);
  });

  it('keeps bus and boat runs on time when a bus that is not on the water route is out', () => {
    const out = published.runs.find((x) => x.mode === 'bus' && x.stops.every((s) => s.placeId !== 'p-2-0'))!.vehicleId;
    const r = replan(published, { kind: 'vehicle-out', vehicleId: out, reason: 'breakdown' }, { records: reservoir });
    expectSound(published, r);
    expect(r.draft.runs.some((x) => x.vehicleId === out)).toBe(false);
  });
});
