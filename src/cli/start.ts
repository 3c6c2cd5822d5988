import { resolve } from 'node:path';
import { dbConfigFromEnv } from '../db/config.js';
import { loadCountyRecords } from '../db/county-records.js';
import { createDb } from '../db/database.js';
import { importDatasetDir } from '../db/import-dataset.js';
import { assertMigrated, migrateToLatest } from '../db/migrator.js';
import { findCounty } from '../db/repositories/geography.repository.js';
import { SUICHANG_COUNTY_ID } from '../domain/county.js';
import { formatCountySummary } from './county-summary.js';
import { runCli } from './run-cli.js';

const DATASET_DIR = resolve(import.meta.dirname, '..', '..', 'data', 'suichang');

/**
 * `npm start`: the main job on the embedded database (or `DATABASE_URL`): migrate, load the Suichang
 * dataset on first run, and print the county summary.
 */
runCli(async () => {
  const config = dbConfigFromEnv();
  const { db, close } = await createDb(config);
  try {
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
  } finally {
    await close();
  }
});
