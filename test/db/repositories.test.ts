import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/database.js';
import { loadCountyRecords } from '../../src/db/county-records.js';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDataset } from '../../src/dataset/dataset-files.js';
import { InvalidInput } from '../../src/domain/errors.js';
import { importDataset, importDatasetDir } from '../../src/db/import-dataset.js';
import { findCounty } from '../../src/db/repositories/geography.repository.js';
import { tinyCounty } from '../helpers/fixtures/tiny-county.js';
import { engines, openTestDb } from '../helpers/test-database.js';

describe.each(engines())('repositories on %s', (engine) => {
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('round-trip every entity of the dataset unchanged', async () => {
    db = await openTestDb(engine, 'empty');
    const dataset = tinyCounty();
    await importDataset(db.db, dataset);
    const { manifest, boundary, ...expected } = dataset;
    const records = await loadCountyRecords(db.db, manifest.county.id);
    const sortById = <T extends object>(rows: readonly T[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
      expect(sortById(records[key] as object[]), key).toEqual(sortById(expected[key] as object[]));
    }
    const county = await findCounty(db.db, manifest.county.id);
    expect(county).toMatchObject({ ...manifest.county, demoFriday: manifest.demoFriday, boundary });
  });

  it('re-imports an edited dataset by updating rows in place', async () => {
    db = await openTestDb(engine, 'empty');
    const dataset = tinyCounty();
    await importDataset(db.db, dataset);
    const edited = { ...dataset, vehicles: dataset.vehicles.map((v) => (v.id === 'bus-1' ? { ...v, approvedCapacity: 23 } : v)) };
    await importDataset(db.db, edited);
    const records = await loadCountyRecords(db.db, dataset.manifest.county.id);
    expect(records.vehicles.find((v) => v.id === 'bus-1')?.approvedCapacity).toBe(23);
    expect(records.vehicles).toHaveLength(2);
  });

  it('writes nothing when any row of an import violates the schema', async () => {
    db = await openTestDb(engine, 'empty');
    const dataset = tinyCounty();
    const broken = { ...dataset, students: [...dataset.students, { ...dataset.students[0]!, id: 'S0000009', homePlaceId: 'no-such-place' }] };
    await expect(importDataset(db.db, broken)).rejects.toThrow();
    const counties = await db.db.selectFrom('county').select('id').execute();
    const places = await db.db.selectFrom('place').select('id').execute();
    const audit = await db.db.selectFrom('audit_log').select('id').execute();
    expect([counties.length, places.length, audit.length]).toEqual([0, 0, 0]);
  });

  it('rejects a dataset folder with a malformed CSV row, naming file, row and field, and writes nothing', async () => {
    db = await openTestDb(engine, 'empty');
    const dir = await mkdtemp(join(tmpdir(), 'ws-import-'));
    try {
      await writeDataset(dir, tinyCounty());
      const file = join(dir, 'vehicles.csv');
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines[1] = lines[1]!.replace(',19,', ',nineteen,');
      await writeFile(file, lines.join('\n'));
      const error = await importDatasetDir(db.db, dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidInput);
      expect((error as InvalidInput).details).toContainEqual({ file: 'vehicles.csv', row: 1, field: 'approved_capacity', message: 'must be a whole number, got "nineteen"' });
      const counties = await db.db.selectFrom('county').select('id').execute();
      expect(counties).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
