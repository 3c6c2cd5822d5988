import type { Direction } from '../../domain/school.js';
import type { Student } from '../../domain/student.js';
import type { WeekendSetup } from '../inputs/weekend-setup.js';
import type { DismissalTime, Schedule, ScheduleRun, ScheduleTransfer, StudentAssignment } from '../model/schedule-schema.js';
import type { ValidationContext } from '../validate/validation-context.js';
import type { EventWorld } from './apply-event.js';
import type { BrokenRuns } from './broken-runs.js';
import type { DutyBoard } from './duty-board.js';

/** What every step of a re-plan reads: the published version indexed, the world after the event. */
export interface ReplanContext {
  readonly published: Schedule;
  readonly world: EventWorld;
  /** Network, matrices per conditions state, demand, windows and fleets under the new request and records. */
  readonly setup: WeekendSetup;
  /** The validator's view under the new request and records, to check a re-timed run on its own. */
  readonly checker: ValidationContext;
  readonly board: DutyBoard;
  readonly broken: BrokenRuns;
  readonly runById: ReadonlyMap<string, ScheduleRun>;
  readonly studentById: ReadonlyMap<string, Student>;
  /** Published assignments of the students on each run. */
  readonly assignmentsByRun: ReadonlyMap<string, readonly StudentAssignment[]>;
  readonly transfersByRun: ReadonlyMap<string, readonly ScheduleTransfer[]>;
  /** Wall-clock time (epoch ms) after which no more routing is started. */
  readonly deadline: number;
}

/** One school in one direction: the unit a re-plan repairs. */
export interface ReplanUnit {
  readonly schoolId: string;
  readonly direction: Direction;
  readonly dismissal: DismissalTime | undefined;
  /** Its published runs, by start time. */
  readonly runs: readonly ScheduleRun[];
  /** Those the event breaks. */
  readonly broken: readonly ScheduleRun[];
}

/** The units with a broken run, most students on broken runs first. */
export function unitsOf(ctx: Pick<ReplanContext, 'published' | 'broken'>): ReplanUnit[] {
  const key = (r: { schoolId: string; direction: Direction }) => `${r.schoolId}|${r.direction}`;
  const units = new Map<string, ReplanUnit & { runs: ScheduleRun[]; broken: ScheduleRun[] }>();
  for (const r of [...ctx.published.runs].sort((a, b) => a.stops[0]!.arriveS - b.stops[0]!.arriveS || (a.id < b.id ? -1 : 1))) {
    const u = units.get(key(r)) ?? { schoolId: r.schoolId, direction: r.direction, dismissal: ctx.published.dismissals.find((d) => key(d) === key(r)), runs: [], broken: [] };
    u.runs.push(r);
    if (ctx.broken.has(r.id)) u.broken.push(u.runs[u.runs.length - 1]!);
    units.set(key(r), u);
  }
  const load = (u: ReplanUnit) => u.broken.reduce((s, r) => s + r.maxLoad, 0);
  return [...units.values()].filter((u) => u.broken.length > 0).sort((a, b) => load(b) - load(a) || (key(a) < key(b) ? -1 : 1));
}
