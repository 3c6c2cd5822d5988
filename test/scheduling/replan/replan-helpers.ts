import { expect } from 'vitest';
import { allowedOn } from '../../../src/compliance/status/allowed-on.js';
import type { Schedule, ScheduleRun } from '../../../src/scheduling/model/schedule-schema.js';
import type { WeekendRecords } from '../../../src/scheduling/model/weekend-records.js';
import type { ReplanResult } from '../../../src/scheduling/replan/replan.js';
import { validateSchedule } from '../../../src/scheduling/validate/validate-schedule.js';

/** A run without its place in the vehicle's day, which shifts when a run is inserted before it. */
export const withoutSeq = (r: ScheduleRun | undefined) => (r === undefined ? undefined : { ...r, seqInDuty: 0 });

/**
 * The invariants every re-plan keeps: the draft passes `validateSchedule` against the records after the
 * event; every run listed unchanged equals the published one; every run the event did not break, of a
 * school-direction repaired without moving or re-planning it, is unchanged; every run's vehicle and
 * driver are allowed on its date; every student who lost a ride is listed unserved with a reason.
 */
export function expectSound(published: Schedule, r: ReplanResult): void {
  expect(validateSchedule(r.draft, { records: r.records })).toEqual([]);
  expect(r.violations).toEqual([]);
  const before = new Map(published.runs.map((x) => [x.id, x]));
  const after = new Map(r.draft.runs.map((x) => [x.id, x]));
  for (const id of r.unchangedRunIds) expect(withoutSeq(after.get(id))).toEqual(withoutSeq(before.get(id)));
  const wholesale = new Set(r.repairs.filter((u) => u.tier === 'moved' || u.tier === 'replanned').map((u) => `${u.schoolId}|${u.direction}`));
  for (const run of published.runs) {
    if (r.broken.has(run.id) || wholesale.has(`${run.schoolId}|${run.direction}`)) continue;
    expect(r.unchangedRunIds).toContain(run.id);
  }
  for (const run of r.draft.runs) {
    const fleet = allowedOn(r.records, run.serviceDate).vehicles.find((a) => a.vehicle.id === run.vehicleId);
    expect(fleet, `${run.id} on ${run.vehicleId}`).toBeDefined();
    expect(fleet!.drivers.map((d) => d.id)).toContain(run.driverId);
  }
  const served = new Set(r.draft.assignments.map((a) => `${a.studentId}|${a.direction}`));
  const unserved = new Map(r.draft.unserved.map((u) => [`${u.studentId}|${u.direction}`, u]));
  for (const a of published.assignments) {
    const key = `${a.studentId}|${a.direction}`;
    if (!served.has(key)) expect(unserved.get(key)?.reason, key).toMatch(/.+/);
  }
}

/** Vehicle ids allowed on a date. */
export const allowedIds = (records: WeekendRecords, date: string): string[] => allowedOn(records, date).vehicles.map((a) => a.vehicle.id);
