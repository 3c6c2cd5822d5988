import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createApp } from '../../../src/api/app.js';
import type { AppOptions } from '../../../src/api/app-options.js';
import { createApiToken } from '../../../src/api/auth/api-token-store.js';
import { ScheduleJobRunner } from '../../../src/api/jobs/schedule-job-runner.js';
import type { Db } from '../../../src/db/database.js';
import { importDataset } from '../../../src/db/import-dataset.js';
import { openTestDb, type Engine } from '../../helpers/test-database.js';
import { storeScheduleFixture, type ScheduleFixture } from './schedule-fixture.js';
import { COUNTY, twoScopeCounty } from './two-scope-county.js';

/** The callers the matrix tries: no token, each role, and a school or operator token of another scope. */
export const PRINCIPALS = ['anonymous', 'coordinator', 'inspector', 'operator', 'otherOperator', 'school', 'otherSchool'] as const;
export type Principal = (typeof PRINCIPALS)[number];

/** A served test app on an ephemeral port, with a token per principal and the captured log lines. */
export interface ApiHarness {
  readonly db: Db;
  readonly base: string;
  readonly secrets: Readonly<Record<Exclude<Principal, 'anonymous'>, string>>;
  readonly logLines: string[];
  /** The app's schedule job runner (stopped by `close`). */
  readonly jobs: ScheduleJobRunner;
  /** Stored schedule versions and a job (with `{ schedules: true }`), else null. */
  readonly schedules: ScheduleFixture | null;
  /** A path with `{published}`, `{draft}` and `{job}` replaced by the fixture's ids. */
  path(template: string): string;
  /** fetch against the app, with the principal's bearer token. */
  request(principal: Principal, path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

async function issueTokens(db: Db): Promise<ApiHarness['secrets']> {
  const make = async (role: 'coordinator' | 'inspector' | 'operator' | 'school', scope: { schoolId?: string; operatorId?: string } = {}) =>
    (await createApiToken(db.db, { countyId: COUNTY, role, ...scope, label: 'test' })).secret;
  return {
    coordinator: await make('coordinator'),
    inspector: await make('inspector'),
    operator: await make('operator', { operatorId: 'op-1' }),
    otherOperator: await make('operator', { operatorId: 'op-2' }),
    school: await make('school', { schoolId: 'school-1' }),
    otherSchool: await make('school', { schoolId: 'school-2' }),
  };
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

/**
 * Opens a fresh database on an engine, imports the two-scope county, issues tokens and serves the app
 * (responses validated against their schemas, rate limits high unless overridden). With
 * `{ schedules: true }` it also stores a published and a draft version of the demo weekend.
 */
export async function startHarness(engine: Engine, overrides: Partial<AppOptions> = {}, options: { schedules?: boolean } = {}): Promise<ApiHarness> {
  const db = await openTestDb(engine, 'empty');
  await importDataset(db.db, twoScopeCounty());
  const secrets = await issueTokens(db);
  const schedules = options.schedules === true ? await storeScheduleFixture(db.db) : null;
  const jobs = overrides.jobs ?? new ScheduleJobRunner({ db: db.db, countyId: COUNTY, logger: pino({ level: 'silent' }) });
  const logLines: string[] = [];
  const sink = new Writable({ write(chunk: Buffer, _enc, done) { logLines.push(chunk.toString('utf8')); done(); } });
  const app = createApp({
    db: db.db, countyId: COUNTY, logger: pino({ level: 'info' }, sink), validateResponses: true,
    // The pages have their own tests (test/web); unbuilt, `/` would answer 503 here.
    limits: { rate: { perToken: 1_000_000, perAnonymous: 1_000_000 } }, jobs, web: false, ...overrides,
  });
  const server = createServer(app);
  const base = await listen(server);
  return {
    db, base, secrets, logLines, jobs, schedules,
    path: (template) => template.replace(/\{(published|draft|job)\}/g, (_m, key: keyof ScheduleFixture) => {
      if (schedules === null) throw new Error(`${template}: start the harness with { schedules: true }`);
      return schedules[key];
    }),
    request: (principal, path, init = {}) => {
      const headers = new Headers(init.headers);
      if (principal !== 'anonymous') headers.set('authorization', `Bearer ${secrets[principal]}`);
      return fetch(base + path, { ...init, headers });
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await jobs.shutdown(0);
      await db.close();
    },
  };
}
