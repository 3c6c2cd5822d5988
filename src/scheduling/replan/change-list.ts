import type { ScheduleDiff, SchoolChange } from '../diff/diff-schedules.js';
import type { Schedule, ScheduleRun, UnservedStudent } from '../model/schedule-schema.js';
import type { WeekendRecords } from '../model/weekend-records.js';

/** What changed for one school, and which of its students must be told. */
export interface SchoolReplanChanges {
  readonly schoolId: string;
  /** The permit change list (`diffSchedules`): dismissal, runs added or removed, stops, times, vehicle, driver. */
  readonly changes: readonly SchoolChange[];
  /** Students whose ride changed (slot, run, vehicle, driver, stops or times) or who lost it, sorted. */
  readonly affectedStudentIds: readonly string[];
  /** Those who have no ride in the draft although they had one, with the reason. */
  readonly newlyUnserved: readonly UnservedStudent[];
}

/** What changed for one operator: the runs of its vehicles, and its plates to file again. */
export interface OperatorReplanChanges {
  readonly operatorId: string;
  readonly vehiclesToRefile: readonly string[];
  readonly changes: readonly (SchoolChange & { readonly schoolId: string })[];
}

/** The change list of a re-plan, per school and per operator. */
export interface ReplanChanges {
  readonly schools: readonly SchoolReplanChanges[];
  readonly operators: readonly OperatorReplanChanges[];
  readonly vehiclesToRefile: readonly string[];
  /** Students affected (a student affected both ways counts once). */
  readonly studentsAffected: number;
}

/** Whether a run is the same in both versions: everything but its place in the vehicle's day (`seqInDuty`). */
export function sameRun(a: ScheduleRun | undefined, b: ScheduleRun | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return JSON.stringify({ ...a, seqInDuty: 0 }) === JSON.stringify({ ...b, seqInDuty: 0 });
}

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));

/** Student-direction keys whose ride differs between the versions, by school. */
function affected(published: Schedule, draft: Schedule): Map<string, Set<string>> {
  const [runsA, runsB] = [byId(published.runs), byId(draft.runs)];
  const changedRun = (id: string) => !sameRun(runsA.get(id), runsB.get(id));
  const slot = (s: Schedule) => new Map(s.dismissals.map((d) => [`${d.schoolId}|${d.direction}`, d.slotS]));
  const [slotA, slotB] = [slot(published), slot(draft)];
  const rides = (s: Schedule) => new Map(s.assignments.map((a) => [`${a.studentId}|${a.direction}`, a]));
  const [ridesA, ridesB] = [rides(published), rides(draft)];
  const schoolOf = new Map([...published.unserved, ...draft.unserved].map((u) => [u.studentId, u.schoolId]));
  for (const s of [published, draft]) for (const a of s.assignments) schoolOf.set(a.studentId, (runsA.get(a.legs[0]!.runId) ?? runsB.get(a.legs[0]!.runId))!.schoolId);
  const out = new Map<string, Set<string>>();
  for (const key of new Set([...ridesA.keys(), ...ridesB.keys()])) {
    const [studentId, direction] = key.split('|') as [string, string];
    const [a, b] = [ridesA.get(key), ridesB.get(key)];
    const school = schoolOf.get(studentId) ?? '';
    const moved = slotA.get(`${school}|${direction}`) !== slotB.get(`${school}|${direction}`);
    if (!moved && JSON.stringify(a) === JSON.stringify(b) && (a?.legs ?? []).every((l) => !changedRun(l.runId))) continue;
    out.set(school, (out.get(school) ?? new Set()).add(studentId));
  }
  return out;
}

/**
 * The re-plan's change list: the permit changes of `diffSchedules` per school with the students to tell
 * (and those left without a ride, with the reason), and per operator the changes of its vehicles' runs
 * and its plates (校车标牌, 校车安全管理条例 art. 16) to file again.
 */
export function replanChanges(published: Schedule, draft: Schedule, records: WeekendRecords, diff: ScheduleDiff): ReplanChanges {
  const students = affected(published, draft);
  const servedBefore = new Set(published.assignments.map((a) => `${a.studentId}|${a.direction}`));
  const lostNow = draft.unserved.filter((u) => servedBefore.has(`${u.studentId}|${u.direction}`));
  const schoolIds = [...new Set([...diff.schools.map((s) => s.schoolId), ...students.keys()])].sort();
  const schools = schoolIds.map((schoolId) => ({
    schoolId,
    changes: diff.schools.find((s) => s.schoolId === schoolId)?.changes ?? [],
    affectedStudentIds: [...(students.get(schoolId) ?? [])].sort(),
    newlyUnserved: lostNow.filter((u) => u.schoolId === schoolId),
  }));
  const operatorOf = new Map(records.vehicles.map((v) => [v.id, v.operatorId]));
  const [runsA, runsB] = [byId(published.runs), byId(draft.runs)];
  const perOperator = new Map<string, { vehicles: Set<string>; changes: (SchoolChange & { schoolId: string })[] }>();
  for (const s of diff.schools) {
    for (const c of s.changes) {
      const runs = c.runId !== undefined ? [runsA.get(c.runId), runsB.get(c.runId)]
        : [...published.runs, ...draft.runs].filter((r) => r.schoolId === s.schoolId && r.direction === c.direction);
      for (const op of new Set(runs.flatMap((r) => (r === undefined ? [] : [operatorOf.get(r.vehicleId) ?? 'unknown'])))) {
        const entry = perOperator.get(op) ?? { vehicles: new Set<string>(), changes: [] };
        entry.changes.push({ ...c, schoolId: s.schoolId });
        perOperator.set(op, entry);
      }
    }
  }
  for (const v of diff.vehiclesToRefile) perOperator.get(operatorOf.get(v) ?? 'unknown')?.vehicles.add(v);
  return {
    schools,
    operators: [...perOperator].sort(([a], [b]) => (a < b ? -1 : 1)).map(([operatorId, e]) => ({ operatorId, vehiclesToRefile: [...e.vehicles].sort(), changes: e.changes })),
    vehiclesToRefile: diff.vehiclesToRefile,
    studentsAffected: [...students.values()].reduce((n, s) => n + s.size, 0),
  };
}
