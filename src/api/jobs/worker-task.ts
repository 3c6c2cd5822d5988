import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Conflict, DomainError, Forbidden, InvalidInput, NotFound, Unreachable } from '../../domain/errors.js';
import type { WorkerError, WorkerMessage, WorkerResult, WorkerTask } from './worker-messages.js';

/** Progress of a task: fraction 0–1, the stage and a message for people. */
export type TaskProgress = (fraction: number, stage: string, message: string) => void;

/** A task running in its own worker thread. */
export interface RunningTask {
  /** Settles with the result, or rejects with the task's error (a domain error keeps its class). */
  readonly result: Promise<WorkerResult>;
  /** Stops the thread; `result` then rejects with `TaskTerminated`. */
  terminate(): Promise<void>;
}

/** The error of a task whose thread was stopped (shutdown, cancellation). */
export class TaskTerminated extends Error {
  constructor() {
    super('the task was stopped');
    this.name = 'TaskTerminated';
  }
}

const WORKER_FILE = new URL(`./schedule-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/**
 * A worker over the TypeScript sources (npm start, tests): Node does not run `.ts` and a worker does not
 * inherit tsx's loader hooks, so the thread first registers tsx's ESM hooks (its `esm/api`), then imports
 * the entry. Compiled `.js` sources start the entry directly.
 */
function spawn(task: WorkerTask): Worker {
  if (!WORKER_FILE.pathname.endsWith('.ts')) return new Worker(WORKER_FILE, { workerData: task });
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxDir, 'dist', 'esm', 'api', 'index.mjs')).href;
  const boot = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_FILE.href)}); });`;
  return new Worker(boot, { eval: true, workerData: task });
}

const DOMAIN_ERRORS: Readonly<Record<string, new (message: string, details?: WorkerError['details']) => DomainError>> = {
  invalid_input: InvalidInput,
  conflict: Conflict,
  unreachable: Unreachable,
  not_found: NotFound,
  forbidden: Forbidden,
};

function errorFrom(e: WorkerError): Error {
  const DomainClass = e.code === undefined ? undefined : DOMAIN_ERRORS[e.code];
  if (DomainClass !== undefined) return new DomainClass(e.message, e.details ?? []);
  const error = new Error(`scheduling worker: ${e.message}`);
  error.name = e.name;
  return error;
}

/**
 * Runs a scheduling task (generate or validate) in a new worker thread, so the event loop keeps serving
 * requests. The task's input is copied to the thread (structured clone); progress messages arrive on
 * the main thread through `onProgress`.
 */
export function runWorkerTask(task: WorkerTask, onProgress: TaskProgress = () => undefined): RunningTask {
  const worker = spawn(task);
  let terminated = false;
  const result = new Promise<WorkerResult>((resolve, reject) => {
    let settled = false;
    const settle = (f: () => void) => {
      if (!settled) {
        settled = true;
        f();
      }
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') onProgress(m.fraction, m.stage, m.message);
      else if (m.type === 'result') settle(() => resolve(m.result));
      else settle(() => reject(errorFrom(m.error)));
    });
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(terminated ? new TaskTerminated() : new Error(`scheduling worker exited with code ${code}`))));
  });
  return {
    result,
    terminate: async () => {
      terminated = true;
      await worker.terminate();
    },
  };
}
