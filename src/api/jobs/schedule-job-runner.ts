import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { loadCountyRecords } from '../../db/county-records.js';
import {
  failInterruptedScheduleJobs, finishScheduleJob, insertScheduleJobOnce, markScheduleJobRunning, setScheduleJobProgress, type ScheduleJobOutcome, type ScheduleJobRow,
} from '../../db/repositories/schedule-job.repository.js';
import type { Database } from '../../db/tables/index.js';
import { Conflict, DomainError } from '../../domain/errors.js';
import { storeSchedule, type ReplanEventInput, type RunPath, type Schedule, type ScheduleRequest, type Violation } from '../../scheduling/index.js';
import { ApiProblem } from '../http/api-problem.js';
import { canonicalJson } from './canonical-json.js';
import { jobErrorOf } from './job-error.js';
import type { ReplanOutcome, WorkerResult, WorkerTask } from './worker-messages.js';
import { runWorkerTask, TaskTerminated, type RunningTask } from './worker-task.js';

/** How the runner works. */
export interface JobRunnerOptions {
  readonly db: Kysely<Database>;
  readonly countyId: number;
  readonly logger: Logger;
  /** Generate jobs running at once in this process; more wait as `queued` (default 1: a solve uses a whole core). */
  readonly concurrency?: number;
  /** Validations and re-plans running at once (each in its own thread; default 2). */
  readonly validations?: number;
  /** Progress is written to the job row at most this often, ms (default 500). */
  readonly progressEveryMs?: number;
}

/** A job the runner holds: its request, who asked, and its thread once running. */
interface HeldJob {
  readonly id: string;
  readonly request: ScheduleRequest;
  readonly actor: string;
  task?: RunningTask;
  done?: Promise<void>;
}

/**
 * Runs schedule generation as background jobs: `submit` records a `schedule_job` row (one active job
 * per county and weekend, by the partial unique index) and returns at once; the job then runs
 * `generateWeekendSchedule` and `validateSchedule` in a worker thread, writes its progress to the row,
 * stores the result as a draft and ends `succeeded`, or `failed` with a problem. `shutdown` cancels
 * queued jobs, gives running ones a grace period, then stops their threads (`cancelled`);
 * `failInterrupted` (at start-up) fails jobs a crashed process left active.
 */
export class ScheduleJobRunner {
  readonly #options: Required<JobRunnerOptions>;
  readonly #queue: HeldJob[] = [];
  readonly #running = new Map<string, HeldJob>();
  readonly #validations = new Set<RunningTask>();
  readonly #validationWaiters: (() => void)[] = [];
  #requestsBusy = 0;
  #stopping = false;

  constructor(options: JobRunnerOptions) {
    this.#options = { concurrency: 1, validations: 2, progressEveryMs: 500, ...options };
  }

  /** Jobs queued or running in this process. */
  get active(): number {
    return this.#queue.length + this.#running.size;
  }

  /**
   * Starts a job for the request's weekend, or joins the active one: the same request (conditions and
   * parameters) → that job (`created: false`); a different request → `Conflict` naming the active job.
   */
  async submit(request: ScheduleRequest, actor: string): Promise<{ job: ScheduleJobRow; created: boolean }> {
    if (this.#stopping) throw new ApiProblem('unavailable', 'the server is shutting down; submit the job again once it is back');
    const { db, countyId } = this.#options;
    const id = `job_${randomBytes(6).toString('hex')}`;
    const outcome = await insertScheduleJobOnce(db, { id, countyId, friday: request.friday, request, requestedBy: actor });
    if (outcome === undefined) throw new Conflict(`jobs for ${request.friday} keep starting and ending; try again`);
    if (!outcome.created) {
      if (canonicalJson(outcome.job.request) !== canonicalJson(request)) {
        throw new Conflict(`job ${outcome.job.id} is already planning the weekend of ${request.friday} with other conditions or parameters; wait for it to end`, [
          { field: 'jobId', message: outcome.job.id },
        ]);
      }
      return outcome;
    }
    this.#queue.push({ id, request, actor });
    this.#pump();
    return outcome;
  }

  /** Checks a schedule against the county's current records in a worker thread. */
  async validate(schedule: Schedule): Promise<Violation[]> {
    const result = await this.#request((records) => ({ task: 'validate', records, schedule }));
    if (result.task !== 'validate') throw new Error('the worker answered another task');
    return [...result.violations];
  }

  /** Re-plans a published schedule after an event with the county's current records, in a worker thread. */
  async replan(published: Schedule, event: ReplanEventInput, timeLimitS?: number): Promise<ReplanOutcome> {
    const result = await this.#request((records) => ({ task: 'replan', records, published, event, ...(timeLimitS === undefined ? {} : { timeLimitS }) }));
    if (result.task !== 'replan') throw new Error('the worker answered another task');
    return result.outcome;
  }

  /** The road and water paths of a schedule's runs under the county's current records, in a worker thread. */
  async paths(schedule: Schedule): Promise<RunPath[]> {
    const result = await this.#request((records) => ({ task: 'paths', records, schedule }));
    if (result.task !== 'paths') throw new Error('the worker answered another task');
    return [...result.paths];
  }

  /** A task a request waits for (validate, re-plan): at most `validations` threads at once, the others wait their turn. */
  async #request(taskOf: (records: Awaited<ReturnType<typeof loadCountyRecords>>) => WorkerTask): Promise<WorkerResult> {
    while (this.#requestsBusy >= this.#options.validations) await new Promise<void>((go) => this.#validationWaiters.push(go));
    this.#requestsBusy += 1;
    let task: RunningTask | undefined;
    try {
      const records = await loadCountyRecords(this.#options.db, this.#options.countyId);
      task = runWorkerTask(taskOf(records));
      this.#validations.add(task);
      return await task.result;
    } finally {
      if (task !== undefined) this.#validations.delete(task);
      this.#requestsBusy -= 1;
      this.#validationWaiters.shift()?.();
    }
  }

  /** Resolves when no job of this runner is queued or running (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.active > 0) await Promise.all([...this.#running.values()].map((j) => j.done));
  }

  /** Fails the county's jobs left active by a process that stopped (call before serving). */
  async failInterrupted(): Promise<string[]> {
    const error = { code: 'interrupted', detail: 'the server stopped while this job was queued or running; submit it again' };
    const ids = await failInterruptedScheduleJobs(this.#options.db, this.#options.countyId, error, new Date());
    if (ids.length > 0) this.#options.logger.warn({ jobIds: ids }, 'schedule jobs interrupted by a previous stop marked failed');
    return ids;
  }

  /**
   * Stops taking jobs, cancels the queued ones, waits up to `graceMs` for running ones, then stops
   * their threads and records them `cancelled`. Validations still running are stopped too.
   */
  async shutdown(graceMs: number): Promise<void> {
    this.#stopping = true;
    for (const job of this.#queue.splice(0)) {
      await this.#finish(job.id, { status: 'cancelled', error: { code: 'cancelled', detail: 'the server shut down before the job started' }, message: 'cancelled: server shut down' });
    }
    const running = [...this.#running.values()];
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(running.map((j) => j.done)), new Promise<void>((go) => { timer = setTimeout(go, graceMs); })]);
    clearTimeout(timer);
    await Promise.all([...this.#running.values()].map((j) => j.task?.terminate()));
    await Promise.all([...this.#validations].map((t) => t.terminate()));
    await Promise.all(running.map((j) => j.done));
  }

  #pump(): void {
    while (!this.#stopping && this.#running.size < this.#options.concurrency && this.#queue.length > 0) {
      const job = this.#queue.shift()!;
      this.#running.set(job.id, job);
      job.done = this.#run(job).finally(() => {
        this.#running.delete(job.id);
        this.#pump();
      });
    }
  }

  async #run(job: HeldJob): Promise<void> {
    const { db, countyId, logger } = this.#options;
    try {
      if (!(await markScheduleJobRunning(db, job.id, new Date()))) return;
      const records = await loadCountyRecords(db, countyId);
      const progress = this.#progressWriter(job.id);
      job.task = runWorkerTask({ task: 'generate', records, request: job.request }, progress.report);
      if (this.#stopping) await job.task.terminate();
      const result = await job.task.result;
      await progress.flush();
      if (result.task !== 'generate') throw new Error('the worker answered another task');
      const stored = await storeSchedule(db, result.schedule, { createdBy: job.actor, validation: result.violations });
      const message = `stored draft version ${stored.version}; ${result.violations.length === 0 ? 'every hard rule holds' : `${result.violations.length} violation(s)`}`;
      await this.#finish(job.id, { status: 'succeeded', scheduleId: stored.id, message });
      logger.info({ jobId: job.id, scheduleId: stored.id, violations: result.violations.length }, 'schedule job succeeded');
    } catch (error) {
      const cancelled = error instanceof TaskTerminated;
      if (!cancelled && !(error instanceof DomainError)) logger.error({ err: error, jobId: job.id }, 'schedule job failed');
      await this.#finish(job.id, cancelled
        ? { status: 'cancelled', error: { code: 'cancelled', detail: 'the server shut down while the job was running' }, message: 'cancelled: server shut down' }
        : { status: 'failed', error: jobErrorOf(error), message: 'failed' });
    }
  }

  async #finish(id: string, outcome: ScheduleJobOutcome): Promise<void> {
    try {
      await finishScheduleJob(this.#options.db, id, outcome, new Date());
    } catch (error) {
      // The database is gone (shutdown after a failure): the job stays active and is failed at the next start.
      this.#options.logger.error({ err: error, jobId: id }, 'could not record the end of a schedule job');
    }
  }

  /** Writes progress at most every `progressEveryMs`, one write at a time, newest value wins. */
  #progressWriter(id: string): { report: (fraction: number, stage: string, message: string) => void; flush: () => Promise<void> } {
    let chain = Promise.resolve();
    let last = Number.NEGATIVE_INFINITY;
    const write = (fraction: number, text: string) => {
      chain = chain.then(() => setScheduleJobProgress(this.#options.db, id, fraction, text)).catch((error: unknown) => {
        this.#options.logger.warn({ err: error, jobId: id }, 'could not record schedule job progress');
      });
    };
    return {
      report: (fraction, stage, message) => {
        const now = Date.now();
        if (now - last < this.#options.progressEveryMs && fraction < 1) return;
        last = now;
        write(fraction, `${stage}: ${message}`);
      },
      flush: () => chain,
    };
  }
}
