import { describe, expect, it } from 'vitest';
import { diffSchedules } from '../../../src/scheduling/diff/diff-schedules.js';
import { gridCounty } from '../fixtures/grid-county.js';
import { copy, plan } from '../fixtures/schedule-helpers.js';

const county = gridCounty({
  columns: 4, rows: 1,
  schools: [
    { id: 'A', gate: [0, 0], students: [{ at: [1, 0], count: 10 }] },
    { id: 'B', gate: [3, 0], students: [{ at: [2, 0], count: 10 }] },
  ],
  vehicles: [{ id: 'BUS1', capacity: 19, depot: [0, 0] }, { id: 'BUS2', capacity: 19, depot: [3, 0] }],
});
const published = plan(county);

describe('diffSchedules', () => {
  it('finds nothing to file between a schedule and itself', () => {
    expect(diffSchedules(published, copy(published))).toEqual({ schools: [], vehiclesToRefile: [] });
  });

  it('lists per school a new dismissal time, moved stop times, a new driver, and the plates to file again', () => {
    const draft = copy(published);
    const slot = draft.dismissals.find((d) => d.schoolId === 'A' && d.direction === 'home')!;
    slot.slotS += 900;
    const run = draft.runs.find((r) => r.schoolId === 'A' && r.direction === 'home')!;
    for (const s of run.stops) {
      s.arriveS += 900;
      s.departS += 900;
    }
    run.driverId = run.driverId === 'd-BUS2' ? 'd-BUS1' : 'd-BUS2';
    const diff = diffSchedules(published, draft);
    expect(diff.schools.map((s) => s.schoolId)).toEqual(['A']);
    expect(diff.schools[0]!.changes.map((c) => c.kind).sort()).toEqual(['dismissal', 'driver', 'times']);
    expect(diff.vehiclesToRefile).toEqual([run.vehicleId]);
  });

  it('reports a run dropped from the draft and one added, with their vehicles', () => {
    const draft = copy(published);
    const gone = draft.runs.find((r) => r.schoolId === 'B' && r.direction === 'return')!;
    draft.runs = draft.runs.filter((r) => r !== gone);
    draft.runs.push({ ...gone, id: 'R-B-99' });
    const changes = diffSchedules(published, draft).schools.find((s) => s.schoolId === 'B')!.changes;
    expect(changes.map((c) => [c.kind, c.runId])).toEqual([['run_added', 'R-B-99'], ['run_removed', gone.id]].sort((a, b) => (a[1]! < b[1]! ? -1 : 1)));
  });
});
