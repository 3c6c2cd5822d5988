import type { Selectable } from 'kysely';
import type { ScheduleJobTable } from '../tables/index.js';
import type { Executor } from './upsert-many.js';

/** A stored generate job, as the table holds it. */
export type ScheduleJobRow = Selectable<ScheduleJobTable>;

/** Statuses of a job; `queued` and `running` are active (at most one active job per county and weekend). */
export type ScheduleJobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

/** The statuses the partial unique index `schedule_job_one_active_idx` covers. */
export const ACTIVE_JOB_STATUSES: readonly ScheduleJobStatus[] = ['queued', 'running'];

/** What a new job records. */
export interface NewScheduleJob {
  readonly id: string;
  readonly countyId: number;
  readonly friday: string;
  /** The parsed schedule request, stored as JSON. */
  readonly request: unknown;
  readonly requestedBy: string;
}

/** The active (queued or running) job of a county's weekend, if any. */
export async function findActiveScheduleJob(db: Executor, countyId: number, friday: string): Promise<ScheduleJobRow | undefined> {
  return db.selectFrom('schedule_job').selectAll().where('county_id', '=', countyId).where('friday', '=', friday)
    .where('status', 'in', [...ACTIVE_JOB_STATUSES]).executeTakeFirst();
}

/**
 * Inserts a queued job unless the weekend already has an active one (the partial unique index
 * `schedule_job_one_active_idx` decides, so two concurrent callers cannot both insert). Returns the new
 * job with `created: true`, or the active job with `created: false`. A job that finishes between the
 * refused insert and the read is retried once; undefined only if the race repeats.
 */
export async function insertScheduleJobOnce(db: Executor, job: NewScheduleJob): Promise<{ job: ScheduleJobRow; created: boolean } | undefined> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const inserted = await db.insertInto('schedule_job')
      .values({ id: job.id, county_id: job.countyId, friday: job.friday, status: 'queued', request: JSON.stringify(job.request), requested_by: job.requestedBy })
      .onConflict((oc) => oc.columns(['county_id', 'friday']).where('status', 'in', [...ACTIVE_JOB_STATUSES]).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted !== undefined) return { job: inserted, created: true };
    const active = await findActiveScheduleJob(db, job.countyId, job.friday);
    if (active !== undefined) return { job: active, created: false };
  }
  return undefined;
}

/** One job of a county by id. */
export async function findScheduleJob(db: Executor, countyId: number, id: string): Promise<ScheduleJobRow | undefined> {
  return db.selectFrom('schedule_job').selectAll().where('county_id', '=', countyId).where('id', '=', id).executeTakeFirst();
}

/** Marks a queued job running. Returns false when it was no longer queued (cancelled meanwhile). */
export async function markScheduleJobRunning(db: Executor, id: string, at: Date): Promise<boolean> {
  const result = await db.updateTable('schedule_job').set({ status: 'running', started_at: at, message: 'starting' })
    .where('id', '=', id).where('status', '=', 'queued').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records the progress (0–1) and message of a running job. */
export async function setScheduleJobProgress(db: Executor, id: string, progress: number, message: string): Promise<void> {
  await db.updateTable('schedule_job').set({ progress: Math.min(1, Math.max(0, progress)), message: message.slice(0, 500) })
    .where('id', '=', id).where('status', '=', 'running').execute();
}

/** How a job ended: the stored draft, or the problem that stopped it. */
export type ScheduleJobOutcome =
  | { readonly status: 'succeeded'; readonly scheduleId: string; readonly message: string }
  | { readonly status: 'failed' | 'cancelled'; readonly error: unknown; readonly message: string };

/** Ends an active job; a job already ended is left as it is (returns false). */
export async function finishScheduleJob(db: Executor, id: string, outcome: ScheduleJobOutcome, at: Date): Promise<boolean> {
  const set = outcome.status === 'succeeded'
    ? { status: outcome.status, schedule_id: outcome.scheduleId, progress: 1, message: outcome.message, finished_at: at }
    : { status: outcome.status, error: JSON.stringify(outcome.error), message: outcome.message, finished_at: at };
  const result = await db.updateTable('schedule_job').set(set).where('id', '=', id).where('status', 'in', [...ACTIVE_JOB_STATUSES]).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Fails every active job of a county: called at start-up, when no job of this process can be running,
 * so that a job interrupted by a crash does not stay `running` (and block its weekend) forever.
 * Returns the ids it failed.
 */
export async function failInterruptedScheduleJobs(db: Executor, countyId: number, error: unknown, at: Date): Promise<string[]> {
  const rows = await db.updateTable('schedule_job')
    .set({ status: 'failed', error: JSON.stringify(error), message: 'interrupted: the server stopped while the job was active', finished_at: at })
    .where('county_id', '=', countyId).where('status', 'in', [...ACTIVE_JOB_STATUSES])
    .returning('id').execute();
  return rows.map((r) => r.id);
}
