import { resolve } from 'node:path';
import { fleetStatus } from '../compliance/status/fleet-status.js';
import { dbConfigFromEnv } from '../db/config.js';
import { createDb } from '../db/database.js';
import { importDatasetDir } from '../db/import-dataset.js';
import { loadComplianceRecords } from '../db/load-compliance-records.js';
import { assertMigrated, migrateToLatest } from '../db/migrator.js';
import { findCounty } from '../db/repositories/geography.repository.js';
import { NotFound } from '../domain/errors.js';
import { SUICHANG_COUNTY_ID } from '../domain/county.js';
import { formatStatusCsv, formatStatusReport } from './compliance/status-report.js';
import { parseReportArgs } from './compliance/report-args.js';
import { runCli } from './run-cli.js';

const DATASET_DIR = resolve(import.meta.dirname, '..', '..', 'data', 'suichang');

/**
 * `npm run compliance -- --date YYYY-MM-DD [--operator ID] [--csv] [--expiring-days N] [--lang en|zh]`:
 * the fleet's compliance status on a date, per operator, as a table (or CSV on stdout with `--csv`).
 * On an empty embedded database it first loads the Suichang dataset, as `npm start` does.
 */
runCli(async (argv) => {
  const args = parseReportArgs(argv);
  const { db, close } = await createDb(dbConfigFromEnv());
  try {
    assertMigrated(await migrateToLatest(db));
    if (args.county === SUICHANG_COUNTY_ID && (await findCounty(db, SUICHANG_COUNTY_ID)) === undefined) {
      console.error(`first run: importing ${DATASET_DIR} …`);
      await importDatasetDir(db, DATASET_DIR, 'npm run compliance');
    }
    if ((await findCounty(db, args.county)) === undefined) throw new NotFound(`county ${args.county} is not loaded`);
    const records = await loadComplianceRecords(db, args.county);
    if (args.operator !== undefined && !records.operators.some((o) => o.id === args.operator)) throw new NotFound(`operator ${args.operator} not found`);
    const status = fleetStatus(records, args.date, { expiringWithinDays: args.expiringDays });
    const options = { lang: args.lang, ...(args.operator === undefined ? {} : { operatorId: args.operator }) };
    process.stdout.write(args.csv ? formatStatusCsv(status, options) : `${formatStatusReport(status, records.operators, options)}\n`);
  } finally {
    await close();
  }
});
