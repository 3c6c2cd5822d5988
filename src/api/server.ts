import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { DbConfig } from '../db/config.js';
import { createDb, type Db } from '../db/database.js';
import { SUICHANG_COUNTY_ID } from '../domain/county.js';
import { createApp, defaultLogger } from './app.js';
import type { AppOptions } from './app-options.js';
import { ScheduleJobRunner } from './jobs/schedule-job-runner.js';
import { newLifecycle } from './system/lifecycle.js';

/** A hook run on shutdown after in-flight requests finished and before the database closes. */
export type ShutdownHook = () => Promise<void>;

/** What `startServer` needs: a database (a configuration to open, or an open one it will own) and a port. */
export type StartOptions = ({ readonly config: DbConfig } | { readonly db: Db }) & {
  /** 0 picks a free port. */
  readonly port: number;
  /** Default `127.0.0.1`; `0.0.0.0` to serve other machines. */
  readonly host?: string;
  /** Default Suichang (331123). */
  readonly countyId?: number;
  readonly logger?: Logger;
  readonly limits?: AppOptions['limits'];
  /** Close connections still open this long after SIGTERM, ms. Default 10 000. */
  readonly shutdownTimeoutMs?: number;
  /** Listen for SIGTERM and SIGINT (default true; tests call `shutdown()` instead). */
  readonly handleSignals?: boolean;
  /** Extra endpoint rows (tests). */
  readonly endpoints?: AppOptions['endpoints'];
  /** On shutdown, running schedule jobs get this long to finish before they are cancelled, ms. Default 5 000. */
  readonly jobGraceMs?: number;
  /** Behind a TLS-terminating proxy (keeps the CSP's `upgrade-insecure-requests`). Default false. */
  readonly behindTls?: boolean;
};

/** A listening server. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** Registers work to finish before the database closes (the schedule jobs' hook is registered first). */
  onShutdown(hook: ShutdownHook): void;
  /** The schedule job runner of this server. */
  readonly jobs: ScheduleJobRunner;
  /** Stops accepting, finishes in-flight requests, runs the hooks, closes the database. Idempotent. */
  shutdown(reason?: string): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/**
 * Stops listening and waits for open connections to end. A keep-alive connection whose request was in
 * flight becomes idle once answered and would linger until its keep-alive timeout, so idle connections
 * are closed every 50 ms; whatever is still open after `timeoutMs` is cut.
 */
function closeServer(server: Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const timer = setTimeout(() => server.closeAllConnections(), timeoutMs);
    timer.unref();
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/**
 * Serves the API over HTTP. Before listening, schedule jobs a previous process left active are marked
 * failed. On SIGTERM or SIGINT it drains: `/ready` turns 503, new connections are refused, in-flight
 * requests finish (responses carry `Connection: close`), then the shutdown hooks run (first the
 * schedule jobs: queued ones cancelled, running ones given `jobGraceMs` and then cancelled) and the
 * database closes.
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const logger = options.logger ?? defaultLogger();
  const db = 'db' in options ? options.db : await createDb(options.config);
  const lifecycle = newLifecycle();
  const countyId = options.countyId ?? SUICHANG_COUNTY_ID;
  const jobs = new ScheduleJobRunner({ db: db.db, countyId, logger });
  // No job of this process runs yet: any job still active was interrupted by a stop (a crash, a kill).
  await jobs.failInterrupted();
  const app = createApp({
    db: db.db, countyId, logger, lifecycle, jobs, behindTls: options.behindTls ?? false,
    ...(options.limits === undefined ? {} : { limits: options.limits }),
    ...(options.endpoints === undefined ? {} : { endpoints: options.endpoints }),
  });
  const server = createServer(app);
  const host = options.host ?? '127.0.0.1';
  const port = await listen(server, options.port, host);
  const hooks: ShutdownHook[] = [() => jobs.shutdown(options.jobGraceMs ?? 5_000)];
  let stopping: Promise<void> | undefined;

  const onSignal = (signal: NodeJS.Signals): void => void shutdown(signal);
  const shutdown = (reason = 'shutdown'): Promise<void> =>
    (stopping ??= (async () => {
      logger.info({ reason }, 'draining: no new connections, finishing in-flight requests');
      lifecycle.draining = true;
      process.off('SIGTERM', onSignal).off('SIGINT', onSignal);
      await closeServer(server, options.shutdownTimeoutMs ?? 10_000);
      for (const hook of hooks) await hook().catch((error: unknown) => logger.error({ err: error }, 'shutdown hook failed'));
      await db.close();
      logger.info('stopped');
    })());

  if (options.handleSignals ?? true) process.on('SIGTERM', onSignal).on('SIGINT', onSignal);
  logger.info({ port, host, database: db.kind }, 'listening');
  return { url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`, port, jobs, onShutdown: (hook) => void hooks.push(hook), shutdown };
}
