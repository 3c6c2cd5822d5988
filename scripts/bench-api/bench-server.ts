import { pino } from 'pino';
import { loadCountyRecords } from '../../src/db/county-records.js';
import { createApiToken } from '../../src/api/auth/api-token-store.js';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { kyselyOnPGlite, openPGlite } from '../../src/db/database.js';
import { importDatasetDir } from '../../src/db/import-dataset.js';
import { assertMigrated, migrateToLatest } from '../../src/db/migrator.js';
import { findCounty } from '../../src/db/repositories/geography.repository.js';
import { listSchools } from '../../src/db/repositories/school.repository.js';
import { generateWeekendSchedule, publishSchedule, storeSchedule } from '../../src/scheduling/index.js';
import type { BenchFixture, BenchPrincipal } from './api-bench-rows.js';

/** A served API on loopback over a fresh in-memory PGlite with a county dataset, and a token per principal. */
export interface BenchServer {
  readonly server: RunningServer;
  readonly fixture: BenchFixture;
  readonly headers: Readonly<Record<BenchPrincipal, Record<string, string>>>;
}

/**
 * Plans the demo weekend with small search budgets (a realistic schedule in size, planned in seconds
 * rather than the default ~40 s; its quality does not matter here), stores it and publishes it, so the
 * school timetable row reads a published version.
 */
async function publishDemoWeekend(db: Parameters<typeof storeSchedule>[0], countyId: number, friday: string, log: (m: string) => void): Promise<void> {
  const started = performance.now();
  const records = await loadCountyRecords(db, countyId);
  const schedule = generateWeekendSchedule(records, { friday, params: { routingTimeLimitS: 2, chainingTimeLimitS: 1 } });
  const stored = await storeSchedule(db, schedule, { createdBy: 'bench:api', validation: [] });
  await publishSchedule(db, stored.id, 'bench:api');
  log(`planned and published the weekend of ${friday} (${schedule.runs.length} runs) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Imports the dataset folder into an in-memory PGlite, plans and publishes the demo weekend, issues a
 * coordinator and a school token, and starts the server in this process on 127.0.0.1 (ephemeral port). Request logs go to /dev/null (they
 * are still written, as in production); the rate limit is lifted, since the benchmark measures
 * service time, not the limiter.
 */
export async function startBenchServer(dataDir: string, countyId: number, log: (m: string) => void): Promise<BenchServer> {
  const db = kyselyOnPGlite(await openPGlite(undefined));
  assertMigrated(await migrateToLatest(db.db));
  const started = performance.now();
  await importDatasetDir(db.db, dataDir, 'bench:api');
  log(`imported ${dataDir} into in-memory PGlite in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const county = await findCounty(db.db, countyId);
  const school = (await listSchools(db.db, countyId)).find((s) => s.runsShuttle);
  if (county === undefined || school === undefined) throw new Error(`bench: county ${countyId} or a school running a shuttle is missing in ${dataDir}`);
  const friday = county.demoFriday ?? '2026-12-04';
  await publishDemoWeekend(db.db, countyId, friday, log);
  const token = async (role: 'coordinator' | 'school') =>
    (await createApiToken(db.db, { countyId, role, ...(role === 'school' ? { schoolId: school.id } : {}), label: 'bench:api' })).secret;
  const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
  const headers = { anonymous: {}, coordinator: bearer(await token('coordinator')), school: bearer(await token('school')) };
  const server = await startServer({
    db, port: 0, host: '127.0.0.1', countyId, handleSignals: false,
    logger: pino({ level: 'info' }, pino.destination('/dev/null')),
    limits: { rate: { perToken: Number.MAX_SAFE_INTEGER, perAnonymous: Number.MAX_SAFE_INTEGER } },
  });
  return { server, fixture: { schoolId: school.id, friday }, headers };
}
