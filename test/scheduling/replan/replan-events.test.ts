import { describe, expect, it } from 'vitest';
import { replan } from '../../../src/scheduling/replan/replan.js';
import { validateSchedule } from '../../../src/scheduling/validate/validate-schedule.js';
import { FRIDAY, gridCounty, roadId } from '../fixtures/grid-county.js';
import { plan } from '../fixtures/schedule-helpers.js';
import { expectSound, withoutSeq } from './replan-helpers.js';

/**
 * Two schools on a 4 × 3 grid (5 km, 300 s per edge), three villages, three 19-seat buses and a spare
 * one: enough for a substitute, with detours around any single road.
 */
const county = gridCounty({
  columns: 4, rows: 3,
  schools: [
    { id: 'A', gate: [0, 0], home: ['14:00', '15:00'], back: ['16:00', '17:00'], students: [{ at: [2, 0], count: 10 }, { at: [2, 1], count: 6 }] },
    { id: 'B', gate: [3, 0], home: ['14:00', '15:00'], back: ['16:00', '17:00'], students: [{ at: [3, 1], count: 12 }] },
  ],
  vehicles: [
    { id: 'BUS1', capacity: 19, depot: [0, 0] }, { id: 'BUS2', capacity: 19, depot: [3, 0] }, { id: 'BUS3', capacity: 19, depot: [1, 0] },
    { id: 'SPARE', capacity: 19, depot: [1, 1] }, { id: 'BAD', capacity: 45, depot: [0, 0], compliant: false },
  ],
});
const published = plan(county);
const options = { records: county };

describe('re-planning a published weekend', () => {
  it('starts from a valid published weekend that serves everyone', () => {
    expect(validateSchedule(published, { records: county })).toEqual([]);
    expect(published.unserved).toEqual([]);
  });

  it('moves the runs of a vehicle that is out to an allowed one, and keeps every other run as it was', () => {
    const out = published.runs[0]!.vehicleId;
    const r = replan(published, { kind: 'vehicle-out', vehicleId: out, reason: 'breakdown' }, options);
    expectSound(published, r);
    expect(r.draft.runs.some((x) => x.vehicleId === out)).toBe(false);
    expect(r.draft.runs.some((x) => x.vehicleId === 'BAD')).toBe(false);
    expect(r.unserved).toEqual([]);
    expect(r.broken.size).toBe(published.runs.filter((x) => x.vehicleId === out).length);
    expect(r.runsUnchanged).toBe(r.runsTotal - r.broken.size);
    // Stops and times stay; only the vehicle and driver change.
    for (const id of r.broken.keys()) {
      const [a, b] = [published.runs.find((x) => x.id === id)!, r.draft.runs.find((x) => x.id === id)!];
      expect({ ...b, vehicleId: a.vehicleId, driverId: a.driverId, dutyNo: a.dutyNo, seqInDuty: a.seqInDuty }).toEqual(a);
    }
    expect(r.changes.vehiclesToRefile).toContain(out);
    expect(r.changes.studentsAffected).toBeGreaterThan(0);
  });

  it('keeps the runs that started before the vehicle went out', () => {
    const out = published.runs.find((x) => x.direction === 'home')!.vehicleId;
    const r = replan(published, { kind: 'vehicle-out', vehicleId: out, from: '2026-12-05', reason: 'plate suspended' }, options);
    expectSound(published, r);
    for (const run of published.runs.filter((x) => x.vehicleId === out)) {
      expect(r.unchangedRunIds.includes(run.id)).toBe(run.direction === 'home');
    }
  });

  it('re-times a run whose road closes, over the detour, and leaves the rest alone', () => {
    const closed = roadId([1, 0], [2, 0]);
    const r = replan(published, { kind: 'road-closed', segmentId: closed, reason: 'landslide' }, options);
    expectSound(published, r);
    expect(r.broken.size).toBeGreaterThan(0);
    for (const [id, reasons] of r.broken) {
      expect(reasons).toContain('road_closed');
      const [a, b] = [published.runs.find((x) => x.id === id)!, r.draft.runs.find((x) => x.id === id)];
      if (b === undefined || b.stops.map((s) => s.placeId).join() !== a.stops.map((s) => s.placeId).join()) continue;
      expect(b.distanceM).toBeGreaterThan(a.distanceM);
    }
    expect(r.draft.request.conditions[FRIDAY]!.closed.map((c) => c.id)).toEqual([closed]);
  });

  it('changes nothing when the closed road is far from every run', () => {
    const r = replan(published, { kind: 'road-closed', segmentId: roadId([0, 2], [1, 2]), reason: 'works' }, options);
    expectSound(published, r);
    expect(r.broken.size).toBe(0);
    expect(r.draft.runs).toEqual(published.runs);
    expect(r.draft.assignments).toEqual(published.assignments);
    expect(r.diff.schools).toEqual([]);
    expect(r.changes.studentsAffected).toBe(0);
    expect(r.runsUnchanged).toBe(r.runsTotal);
  });

  it('slows Friday down in the rain and leaves Sunday exactly as it was', () => {
    const r = replan(published, { kind: 'weather', date: FRIDAY, weather: 'rain' }, options);
    expectSound(published, r);
    const sunday = published.runs.filter((x) => x.direction === 'return');
    for (const run of sunday) expect(r.draft.runs.find((x) => x.id === run.id)).toEqual(run);
    expect(r.broken.size).toBe(published.runs.length - sunday.length);
    expect(r.unserved).toEqual([]);
    expect(r.draft.summary.longestRideS).toBeGreaterThan(published.summary.longestRideS);
  });

  it("moves a school's dismissal into its new window and keeps the other school", () => {
    const r = replan(published, { kind: 'window-changed', schoolId: 'A', direction: 'home', earliest: '16:30', latest: '17:30' }, options);
    expectSound(published, r);
    const slot = r.draft.dismissals.find((d) => d.schoolId === 'A' && d.direction === 'home')!;
    expect(slot.slotTime >= '16:30' && slot.slotTime <= '17:30').toBe(true);
    for (const run of published.runs.filter((x) => x.schoolId === 'B')) expect(withoutSeq(r.draft.runs.find((x) => x.id === run.id))).toEqual(withoutSeq(run));
    expect(r.changes.schools.find((s) => s.schoolId === 'A')!.changes.map((c) => c.kind)).toContain('dismissal');
    expect(r.records.schoolWindows.filter((w) => w.schoolId === 'A' && w.direction === 'home')).toEqual([expect.objectContaining({ earliest: '16:30', latest: '17:30' })]);
  });
});

describe('an event that cannot be absorbed', () => {
  const lonely = gridCounty({
    columns: 3, rows: 1,
    schools: [{ id: 'A', gate: [0, 0], students: [{ at: [2, 0], count: 7 }, { at: [1, 0], count: 4 }] }],
    vehicles: [{ id: 'ONLY', capacity: 19, depot: [0, 0] }],
  });
  const pub = plan(lonely);

  it('lists every student of the only bus as unserved, with the reason, instead of failing', () => {
    const r = replan(pub, { kind: 'vehicle-out', vehicleId: 'ONLY', reason: 'breakdown' }, { records: lonely });
    expectSound(pub, r);
    expect(r.draft.runs).toEqual([]);
    expect(r.unserved).toHaveLength(22);
    expect(new Set(r.unserved.map((u) => u.reasonCode))).toEqual(new Set(['no_vehicle']));
    expect(r.unserved.every((u) => u.reason.length > 0 && u.placeId !== null)).toBe(true);
    expect(r.changes.schools[0]!.newlyUnserved).toHaveLength(22);
  });

  it('says a village cut off by a closed road is unreachable', () => {
    const r = replan(pub, { kind: 'road-closed', segmentId: roadId([1, 0], [2, 0]), reason: 'flood warning' }, { records: lonely });
    expectSound(pub, r);
    const far = lonely.students.filter((s) => s.homePlaceId === 'p-2-0').map((s) => s.id).sort();
    expect([...new Set(r.unserved.map((u) => u.studentId))].sort()).toEqual(far);
    expect(r.unserved.every((u) => u.reasonCode === 'unreachable' && u.placeId === 'p-2-0')).toBe(true);
  });
});

describe('a duty that no longer holds once a broken run is taken out', () => {
  /** Three schools on a line, one bus running P, X and Q in turn; X's road closes and cuts the line. */
  const line = gridCounty({
    columns: 4, rows: 1,
    schools: [
      { id: 'P', gate: [0, 0], home: ['14:00', '14:00'], back: ['16:00', '16:00'], students: [{ at: [1, 0], count: 5 }] },
      { id: 'X', gate: [1, 0], home: ['14:30', '14:30'], back: ['15:30', '15:30'], students: [{ at: [2, 0], count: 5 }] },
      { id: 'Q', gate: [2, 0], home: ['15:00', '15:00'], back: ['15:00', '15:00'], students: [{ at: [3, 0], count: 5 }] },
    ],
    vehicles: [{ id: 'BUS1', capacity: 19, depot: [0, 0] }],
  });
  const pub = plan(line);

  it('breaks the neighbour the bus can no longer reach in time, and the draft still holds', () => {
    const r = replan(pub, { kind: 'road-closed', segmentId: roadId([1, 0], [2, 0]), reason: 'landslide' }, { records: line });
    expectSound(pub, r);
    expect(r.broken.get('H-X-01')).toContain('road_closed');
    const knockOn = [...r.broken].filter(([, reasons]) => reasons.includes('rule:vehicle_overlap')).map(([id]) => id);
    expect(knockOn.length).toBeGreaterThan(0);
    expect(new Set(r.unserved.map((u) => u.reasonCode))).toEqual(new Set(['unreachable', 'no_vehicle']));
  });
});
