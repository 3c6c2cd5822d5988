import { resolve } from 'node:path';
import { z } from 'zod';
import { firstCoordinatorToken } from '../api/auth/first-coordinator-token.js';
import { startServer } from '../api/server.js';
import { dbConfigFromEnv } from '../db/config.js';
import { loadCountyRecords } from '../db/county-records.js';
import { createDb } from '../db/database.js';
import { importDatasetDir } from '../db/import-dataset.js';
import { assertMigrated, migrateToLatest } from '../db/migrator.js';
import { findCounty } from '../db/repositories/geography.repository.js';
import { SUICHANG_COUNTY_ID } from '../domain/county.js';
import { generateWeekendSchedule } from '../scheduling/generate-weekend-schedule.js';
import { listSchedules, storeSchedule } from '../scheduling/storage/schedule-store.js';
import { validateSchedule } from '../scheduling/validate/validate-schedule.js';
import type { CountyRecords } from '../db/county-records.js';
import type { Db } from '../db/database.js';
import { formatCountySummary } from './county-summary.js';
import { runCli } from './run-cli.js';
import { comingFriday, todayInChina } from './schedule/coming-weekend.js';
import { scheduleProgressBar } from './schedule/progress-bar.js';
import { formatScheduleSummary } from './schedule/schedule-summary.js';

const DATASET_DIR = resolve(import.meta.dirname, '..', '..', 'data', 'suichang');

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
});

/**
 * The schedule step of `npm start`: when the coming weekend has no schedule yet, generate it, store it
 * as a draft and print its summary; otherwise say which version exists.
 */
async function scheduleComingWeekend(db: Db['db'], records: CountyRecords, demoFriday: string | null): Promise<void> {
  const { friday, why } = comingFriday(todayInChina(), demoFriday);
  const existing = await listSchedules(db, SUICHANG_COUNTY_ID, friday);
  if (existing.length > 0) {
    const v = existing[0]!;
    console.log(`\nweekend of ${friday} (${why}): schedule ${v.id} (version ${v.version}, ${v.status}) already exists`);
    return;
  }
  console.log(`\nweekend of ${friday} (${why}): no schedule yet, generating one …`);
  const bar = scheduleProgressBar();
  const schedule = generateWeekendSchedule(records, { friday }, { onProgress: bar.update });
  bar.stop();
  const violations = validateSchedule(schedule, { records });
  const stored = await storeSchedule(db, schedule, { createdBy: 'npm start', validation: violations });
  console.log(formatScheduleSummary(schedule, records.schools));
  console.log(`\nstored as draft ${stored.id}; validateSchedule: ${violations.length === 0 ? 'every hard rule holds' : `${violations.length} violation(s)`}`);
}

/** Opens the database, migrates, imports the dataset on first run and prints the county summary. */
async function prepare(db: Db['db']): Promise<CountyRecords & { demoFriday: string | null }> {
  assertMigrated(await migrateToLatest(db));
  let county = await findCounty(db, SUICHANG_COUNTY_ID);
  if (county === undefined) {
    console.log(`first run: importing ${DATASET_DIR} …`);
    const counts = await importDatasetDir(db, DATASET_DIR, 'npm start');
    console.log(`imported ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')}`);
    county = await findCounty(db, SUICHANG_COUNTY_ID);
  }
  if (county === undefined) throw new Error('county missing after import');
  const records = await loadCountyRecords(db, SUICHANG_COUNTY_ID);
  console.log(formatCountySummary(`${county.nameZh} ${county.nameEn} (${county.id})`, records, county.demoFriday ?? new Date().toISOString().slice(0, 10)));
  return { ...records, demoFriday: county.demoFriday };
}

/** How to get a token: on PostgreSQL the token command works beside the server; PGlite serves one process. */
function tokenAdvice(kind: 'pglite' | 'postgres', first: string | null): string {
  const command = 'npm run token -- create --role coordinator';
  if (kind === 'postgres') return `sign in with a token: ${command}`;
  return [
    ...(first === null ? [] : [`first start: a coordinator token was created; copy it now, it is not shown again:\n  ${first}`]),
    `more tokens: stop the server first (the embedded database serves one process at a time), then ${command} (or --role school --school ID, …)`,
  ].join('\n');
}

/**
 * `npm start`: the main job on the embedded database (or `DATABASE_URL`): migrate, load the Suichang
 * dataset on first run, print the county summary, plan the coming weekend if it has no schedule (a
 * stored draft), then serve the API and the pages on `PORT` (default 3000; `HOST`, default 127.0.0.1)
 * until SIGTERM or Ctrl-C.
 */
runCli(async () => {
  const env = Env.parse({ PORT: process.env['PORT'] || undefined, HOST: process.env['HOST'] || undefined });
  const config = dbConfigFromEnv();
  const db = await createDb(config);
  let serving = false;
  try {
    const { demoFriday, ...records } = await prepare(db.db);
    await scheduleComingWeekend(db.db, records, demoFriday);
    const first = config.kind === 'pglite' ? await firstCoordinatorToken(db.db, SUICHANG_COUNTY_ID) : null;
    const server = await startServer({ db, port: env.PORT, host: env.HOST });
    serving = true;
    console.log(`\nserving ${server.url}/ (pages), ${server.url}/docs (API); Ctrl-C or SIGTERM stops`);
    console.log(tokenAdvice(config.kind, first));
  } finally {
    // Once serving, the server owns the database and closes it on shutdown.
    if (!serving) await db.close();
  }
});
