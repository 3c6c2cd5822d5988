/**
 * Entry of a scheduling worker thread: gets one `WorkerTask` as `workerData`, runs it off the main
 * thread (generation takes tens of seconds on the Suichang data, validation about half a second, and
 * both are synchronous), posts progress messages, then one result or one error, and ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DomainError } from '../../domain/errors.js';
import { generateWeekendSchedule, replan, runPaths, validateSchedule } from '../../scheduling/index.js';
import type { ReplanOutcome, WorkerError, WorkerMessage, WorkerResult, WorkerTask } from './worker-messages.js';

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

function replanOutcome(task: Extract<WorkerTask, { task: 'replan' }>): ReplanOutcome {
  const r = replan(task.published, task.event, { records: task.records, ...(task.timeLimitS === undefined ? {} : { timeLimitS: task.timeLimitS }) });
  const event = r.event;
  return {
    draft: r.draft, broken: [...r.broken], repairs: r.repairs, changes: r.changes, unserved: r.unserved, runsTotal: r.runsTotal,
    runsUnchanged: r.runsUnchanged, violations: r.violations, seconds: r.seconds,
    schoolWindows: event.kind === 'window-changed' ? r.records.schoolWindows.filter((w) => w.schoolId === event.schoolId) : null,
  };
}

function run(task: WorkerTask): WorkerResult {
  if (task.task === 'validate') return { task: 'validate', violations: validateSchedule(task.schedule, { records: task.records }) };
  if (task.task === 'replan') return { task: 'replan', outcome: replanOutcome(task) };
  if (task.task === 'paths') return { task: 'paths', paths: runPaths(task.schedule, task.records) };
  const schedule = generateWeekendSchedule(task.records, task.request, {
    onProgress: (p) => post({ type: 'progress', fraction: p.fraction, stage: p.stage, message: p.message }),
  });
  return { task: 'generate', schedule, violations: validateSchedule(schedule, { records: task.records }) };
}

function errorOf(error: unknown): WorkerError {
  if (error instanceof DomainError) return { name: error.name, message: error.message, code: error.code, details: error.details };
  return { name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) };
}

try {
  post({ type: 'result', result: run(workerData as WorkerTask) });
} catch (error) {
  post({ type: 'error', error: errorOf(error) });
}
