import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { loadCountyRecords, type CountyRecords } from '../../db/county-records.js';
import { importDatasetDir } from '../../db/import-dataset.js';
import { assertMigrated, migrateToLatest } from '../../db/migrator.js';
import { findCounty } from '../../db/repositories/geography.repository.js';
import type { Database } from '../../db/tables/index.js';
import { SUICHANG_COUNTY_ID } from '../../domain/county.js';

/** The Suichang dataset shipped with the project. */
export const DATASET_DIR = resolve(import.meta.dirname, '..', '..', '..', 'data', 'suichang');

/** Migrates, imports the Suichang dataset into an empty database (as `npm start` does), loads the county. */
export async function countyRecordsFromDb(db: Kysely<Database>, log: (line: string) => void): Promise<{ records: CountyRecords; demoFriday: string | null }> {
  assertMigrated(await migrateToLatest(db));
  if ((await findCounty(db, SUICHANG_COUNTY_ID)) === undefined) {
    log(`first run: importing ${DATASET_DIR} …`);
    await importDatasetDir(db, DATASET_DIR, 'npm run schedule');
  }
  const county = await findCounty(db, SUICHANG_COUNTY_ID);
  return { records: await loadCountyRecords(db, SUICHANG_COUNTY_ID), demoFriday: county?.demoFriday ?? null };
}
