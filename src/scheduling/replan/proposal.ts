import type { DismissalTime, ScheduleRun, ScheduleTransfer, StudentAssignment, UnservedReason, UnservedStudent } from '../model/schedule-schema.js';
import type { LostGroup } from '../routes/plan-settings.js';
import { unservedList } from '../assemble/unserved-list.js';
import type { Placement, RunToPlace } from './duty-board.js';
import type { ReplanContext, ReplanUnit } from './replan-context.js';

/**
 * How a unit (school × direction) was repaired, from the least change to the most: `kept` (same runs,
 * another vehicle where needed), `retimed` (same stops re-timed under the new conditions), `rerouted`
 * (the students of the runs that could not be kept routed again at the same slot), `moved` (every run
 * moved to a slot of the new window), `replanned` (the school's direction planned again: any slot, any
 * routing alternative).
 */
export type RepairTier = 'kept' | 'retimed' | 'rerouted' | 'moved' | 'replanned';

/** A candidate repair of a unit, before vehicles. */
export interface Proposal {
  readonly tier: RepairTier;
  readonly dismissal: DismissalTime | undefined;
  /** Published runs of the unit taken off their vehicles. */
  readonly removed: ReadonlySet<string>;
  readonly runs: readonly RunToPlace[];
  /** Index sets of runs that stand or fall together (a bus and its boats). */
  readonly linked: readonly (readonly number[])[];
  /** New transfers and assignments, for the students on new runs (a kept or re-timed run keeps its published ones). */
  readonly transfers: readonly ScheduleTransfer[];
  readonly assignments: readonly StudentAssignment[];
  /** Students the proposal cannot serve before vehicles are even sought. */
  readonly lost: readonly LostGroup[];
  /** A re-planned unit replaces the unit's published unserved rows with its own. */
  readonly replacesUnserved: boolean;
  /** Secondary cost, km-equivalent (km, ride time, window preference, slot moved). */
  readonly costKm: number;
}

/** A unit's repair with vehicles: what goes into the draft. */
export interface UnitOutcome {
  readonly unit: ReplanUnit;
  readonly tier: RepairTier;
  readonly dismissal: DismissalTime | undefined;
  readonly removed: ReadonlySet<string>;
  /** Published runs that stay the same run (same id and students), possibly re-timed or on another vehicle. */
  readonly survivors: ReadonlySet<string>;
  readonly runs: readonly ScheduleRun[];
  readonly transfers: readonly ScheduleTransfer[];
  readonly assignments: readonly StudentAssignment[];
  readonly unserved: readonly UnservedStudent[];
  readonly replacesUnserved: boolean;
  /** Students served by the unit after the repair (counting the unit's runs that were never broken). */
  readonly served: number;
  /** Students the unit served as published who have no ride after the repair. */
  readonly dropped: number;
}

/** Lost groups of students by home place, with one reason. */
function byHome(ctx: ReplanContext, studentIds: readonly string[], reason: UnservedReason, text: string): LostGroup[] {
  const home = new Map<string, string[]>();
  for (const id of studentIds) {
    const place = ctx.studentById.get(id)?.homePlaceId ?? '';
    home.set(place, [...(home.get(place) ?? []), id]);
  }
  return [...home].map(([placeId, ids]) => ({ studentIds: ids, placeId, reason, text }));
}

/** Students carried by a run, in the proposal (new assignments) or as published (kept runs). */
function studentsOn(ctx: ReplanContext, p: Proposal, runId: string, isNew: boolean): string[] {
  const list = isNew ? p.assignments : (ctx.assignmentsByRun.get(runId) ?? []);
  return list.filter((a) => a.legs.some((l) => l.runId === runId)).map((a) => a.studentId);
}

/**
 * The outcome of a proposal once placed: runs with their vehicle and driver, runs left without one
 * dropped with their students (and the transfers and assignments that used them), unserved rows for
 * every student lost, with the reason.
 */
export function outcomeOf(ctx: ReplanContext, unit: ReplanUnit, p: Proposal, placement: Placement): UnitOutcome {
  const newIds = new Set(p.assignments.flatMap((a) => a.legs.map((l) => l.runId)));
  const lost: LostGroup[] = [...p.lost];
  const droppedRuns = new Set<string>();
  for (const u of placement.unplaced) {
    const run = p.runs[u.index]!.run;
    droppedRuns.add(run.id);
    lost.push(...byHome(ctx, studentsOn(ctx, p, run.id, newIds.has(run.id)), u.reason, `${u.text} (${run.id})`));
  }
  const runs = p.runs.flatMap((r, i) => {
    const v = placement.vehicleOf.get(i);
    return v === undefined ? [] : [{ ...r.run, vehicleId: v.vehicleId, driverId: v.driverId }];
  });
  const survivors = new Set(runs.filter((r) => !newIds.has(r.id)).map((r) => r.id));
  const assignments = p.assignments.filter((a) => a.legs.every((l) => !droppedRuns.has(l.runId)));
  const transfers = p.transfers.filter((t) => !droppedRuns.has(t.fromRunId) && !droppedRuns.has(t.toRunId));
  const schoolOf = () => unit.schoolId;
  const unserved = unservedList(lost, unit.direction, schoolOf);
  const keptStudents = new Set(unit.runs.filter((r) => !p.removed.has(r.id) || survivors.has(r.id)).flatMap((r) => (ctx.assignmentsByRun.get(r.id) ?? []).map((a) => a.studentId)));
  for (const a of assignments) keptStudents.add(a.studentId);
  for (const u of unserved) keptStudents.delete(u.studentId);
  const before = new Set(unit.runs.flatMap((r) => (ctx.assignmentsByRun.get(r.id) ?? []).map((a) => a.studentId)));
  const dropped = [...before].filter((id) => !keptStudents.has(id)).length;
  return { unit, tier: p.tier, dismissal: p.dismissal, removed: p.removed, survivors, runs, transfers, assignments, unserved, replacesUnserved: p.replacesUnserved, served: keptStudents.size, dropped };
}
