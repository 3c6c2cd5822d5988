import type { SchoolWindow } from '../../domain/school.js';
import type {
  ReplanChanges, ReplanEventInput, RunPath, Schedule, ScheduleRequestInput, UnitRepair, UnservedStudent, Violation, WeekendRecords,
} from '../../scheduling/index.js';

/** What the main thread asks a scheduling worker to do. */
export type WorkerTask =
  | { readonly task: 'generate'; readonly records: WeekendRecords; readonly request: ScheduleRequestInput }
  | { readonly task: 'validate'; readonly records: WeekendRecords; readonly schedule: unknown }
  | { readonly task: 'replan'; readonly records: WeekendRecords; readonly published: Schedule; readonly event: ReplanEventInput; readonly timeLimitS?: number }
  | { readonly task: 'paths'; readonly records: WeekendRecords; readonly schedule: Schedule };

/** What a re-plan returns to the main thread (the parts of `ReplanResult` the API stores and shows). */
export interface ReplanOutcome {
  readonly draft: Schedule;
  readonly broken: readonly (readonly [string, readonly string[]])[];
  readonly repairs: readonly UnitRepair[];
  readonly changes: ReplanChanges;
  readonly unserved: readonly UnservedStudent[];
  readonly runsTotal: number;
  readonly runsUnchanged: number;
  readonly violations: readonly Violation[];
  readonly seconds: number;
  /** For a `window-changed` event: the school's windows as the draft holds them (to store). */
  readonly schoolWindows: readonly SchoolWindow[] | null;
}

/** What a task returns: a schedule with its validation (generate), the validation alone, a re-plan, or the runs' paths. */
export type WorkerResult =
  | { readonly task: 'generate'; readonly schedule: Schedule; readonly violations: readonly Violation[] }
  | { readonly task: 'validate'; readonly violations: readonly Violation[] }
  | { readonly task: 'replan'; readonly outcome: ReplanOutcome }
  | { readonly task: 'paths'; readonly paths: readonly RunPath[] };

/** An error crossing the thread boundary: a domain error keeps its code and details. */
export interface WorkerError {
  readonly name: string;
  readonly message: string;
  /** A `DomainError` code (`invalid_input`, …), absent for an unexpected error. */
  readonly code?: string;
  readonly details?: readonly { readonly field?: string; readonly row?: number; readonly message: string }[];
}

/** Messages from the worker: progress (0–1) while it works, then one result or one error. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly fraction: number; readonly stage: string; readonly message: string }
  | { readonly type: 'result'; readonly result: WorkerResult }
  | { readonly type: 'error'; readonly error: WorkerError };
