import type { ScheduleRun, StudentAssignment } from '../model/schedule-schema.js';
import type { ValidationContext } from './validation-context.js';
import type { Violation } from './violation.js';

type Leg = StudentAssignment['legs'][number];

/** Where one leg of an assignment boards and alights, or null with a violation when it does not exist. */
function legStops(runs: ReadonlyMap<string, ScheduleRun>, a: StudentAssignment, leg: Leg, out: Violation[]) {
  const run = runs.get(leg.runId);
  const board = run?.stops[leg.boardSeq];
  const alight = run?.stops[leg.alightSeq];
  if (run === undefined || board === undefined || alight === undefined || leg.boardSeq >= leg.alightSeq) {
    out.push({ code: 'wrong_stop', message: `${a.studentId} (${a.direction}): no such run or stops ${leg.runId} ${leg.boardSeq}→${leg.alightSeq}`, studentId: a.studentId, runId: leg.runId });
    return null;
  }
  return { run, board, alight };
}

/** One assignment: the student, the school of every run, the end places, transfers and ride time. */
function checkAssignment(ctx: ValidationContext, runs: ReadonlyMap<string, ScheduleRun>, a: StudentAssignment, out: Violation[]): void {
  const student = ctx.students.get(a.studentId);
  const v = (code: Violation['code'], message: string, runId?: string) => out.push({ code, message, studentId: a.studentId, ...(runId === undefined ? {} : { runId }) });
  if (student === undefined || !student.needsRide) return void v('unknown_student', `${a.studentId} is not a student who needs a ride`);
  const legs = a.legs.map((l) => legStops(runs, a, l, out));
  if (legs.some((l) => l === null)) return;
  const ok = legs as NonNullable<(typeof legs)[number]>[];
  for (const l of ok) if (l.run.schoolId !== student.schoolId || l.run.direction !== a.direction) v('wrong_school', `${a.studentId} of ${student.schoolId} on ${l.run.id} (${l.run.schoolId}, ${l.run.direction})`, l.run.id);
  const gate = ctx.schools.get(student.schoolId)?.gatePlaceId;
  const [start, end] = a.direction === 'home' ? [gate, student.homePlaceId] : [student.homePlaceId, gate];
  if (ok[0]!.board.placeId !== start || ok[ok.length - 1]!.alight.placeId !== end) v('wrong_stop', `${a.studentId} (${a.direction}) must ride from ${start} to ${end}`);
  const rideS = ok[ok.length - 1]!.alight.arriveS - ok[0]!.board.departS;
  const maxS = ctx.schedule.request.params.maxRideMin * 60;
  if (rideS > maxS) v('ride_too_long', `${a.studentId} (${a.direction}): journey ${Math.ceil(rideS / 60)} min, limit ${maxS / 60} min`);
  if (ok.length === 2) checkTransfer(ctx, a, ok[0]!, ok[1]!, out);
}

/** Two legs: same place, a transfer record holding the student, and the minimum transfer time kept. */
function checkTransfer(ctx: ValidationContext, a: StudentAssignment, first: NonNullable<ReturnType<typeof legStops>>, second: NonNullable<ReturnType<typeof legStops>>, out: Violation[]): void {
  const minS = ctx.schedule.request.params.transferMin * 60;
  const record = ctx.schedule.transfers.find((t) => t.fromRunId === first.run.id && t.toRunId === second.run.id);
  if (first.alight.placeId !== second.board.placeId || record === undefined || !record.studentIds.includes(a.studentId)) {
    out.push({ code: 'transfer_missing', message: `${a.studentId}: no transfer from ${first.run.id} to ${second.run.id} at one place`, studentId: a.studentId });
    return;
  }
  const gapS = second.board.departS - first.alight.arriveS;
  if (gapS < minS) out.push({ code: 'transfer_too_short', message: `${a.studentId}: ${gapS} s between ${first.run.id} and ${second.run.id}, minimum ${minS} s`, studentId: a.studentId });
}

/** The transfer records themselves: their runs exist and stop at the place. */
function checkTransferRecords(ctx: ValidationContext, runs: ReadonlyMap<string, ScheduleRun>, out: Violation[]): void {
  for (const t of ctx.schedule.transfers) {
    const from = runs.get(t.fromRunId);
    const to = runs.get(t.toRunId);
    if (from === undefined || to === undefined || !from.stops.some((s) => s.placeId === t.placeId) || !to.stops.some((s) => s.placeId === t.placeId)) {
      out.push({ code: 'transfer_unknown_run', message: `transfer ${t.fromRunId} → ${t.toRunId} at ${t.placeId}: a run is missing or does not stop there` });
    }
  }
}

/** Counts at each stop equal the students assigned to board and alight there. */
function checkCounts(ctx: ValidationContext, out: Violation[]): void {
  const counts = new Map<string, [number, number]>();
  for (const a of ctx.schedule.assignments) {
    for (const l of a.legs) {
      const b = `${l.runId}#${l.boardSeq}`;
      const e = `${l.runId}#${l.alightSeq}`;
      counts.set(b, [(counts.get(b)?.[0] ?? 0) + 1, counts.get(b)?.[1] ?? 0]);
      counts.set(e, [counts.get(e)?.[0] ?? 0, (counts.get(e)?.[1] ?? 0) + 1]);
    }
  }
  for (const run of ctx.schedule.runs) {
    run.stops.forEach((s, k) => {
      const [board, alight] = counts.get(`${run.id}#${k}`) ?? [0, 0];
      if (board !== s.boarding || alight !== s.alighting) out.push({ code: 'count_mismatch', message: `${run.id} stop ${k}: ${s.boarding}/${s.alighting} board/alight, assignments say ${board}/${alight}`, runId: run.id });
    });
  }
}

/**
 * Students: each served at most once per direction, on runs of their own school, from the gate to home
 * (or back), within the maximum ride, transfers kept; every student who needs a ride is served or listed
 * as unserved, never both.
 */
export function checkStudents(ctx: ValidationContext, out: Violation[]): void {
  const runs = new Map(ctx.schedule.runs.map((r) => [r.id, r]));
  const seen = new Set<string>();
  for (const a of ctx.schedule.assignments) {
    const key = `${a.studentId}|${a.direction}`;
    if (seen.has(key)) out.push({ code: 'student_twice', message: `${a.studentId} is assigned twice (${a.direction})`, studentId: a.studentId });
    seen.add(key);
    checkAssignment(ctx, runs, a, out);
  }
  for (const u of ctx.schedule.unserved) {
    if (seen.has(`${u.studentId}|${u.direction}`)) out.push({ code: 'served_and_unserved', message: `${u.studentId} (${u.direction}) is both served and unserved`, studentId: u.studentId });
    seen.add(`${u.studentId}|${u.direction}`);
  }
  for (const s of ctx.records.students) {
    if (!s.needsRide) continue;
    for (const d of ['home', 'return'] as const) if (!seen.has(`${s.id}|${d}`)) out.push({ code: 'student_missing', message: `${s.id} (${d}) is neither served nor listed as unserved`, studentId: s.id });
  }
  checkTransferRecords(ctx, runs, out);
  checkCounts(ctx, out);
}
