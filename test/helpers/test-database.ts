import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { importDataset } from '../../src/db/import-dataset.js';
import { createDb, kyselyOnPGlite, openPGlite, type Db } from '../../src/db/database.js';
import { tinyCounty } from './fixtures/tiny-county.js';

/** The engines the database tests run on: always PGlite, and PostgreSQL when `TEST_DATABASE_URL` is set. */
export type Engine = 'pglite' | 'postgres';

/** What a fresh test database starts with. */
export type Template = 'none' | 'empty' | 'suichang';

/** Engines available in this run, for `describe.each`. */
export function engines(): Engine[] {
  return inject('postgres') === null ? ['pglite'] : ['pglite', 'postgres'];
}

/** Whether the Suichang dataset template exists (the dataset files are present). */
export function hasSuichang(): boolean {
  return inject('pgliteTemplates').suichang !== null;
}

async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/**
 * A fresh database for one test or file: `none` is an empty database (no migrations), `empty` the
 * migrated schema, `suichang` the schema with the county dataset imported. `close()` drops it.
 */
export async function openTestDb(engine: Engine, template: Template): Promise<Db> {
  if (engine === 'pglite') {
    const templates = inject('pgliteTemplates');
    const file = template === 'none' ? undefined : template === 'empty' ? templates.empty : templates.suichang;
    if (file === null) throw new Error('the suichang template needs data/suichang');
    const blob = file === undefined ? undefined : new Blob([await readFile(file)]);
    return kyselyOnPGlite(await openPGlite(undefined, blob));
  }
  const server = inject('postgres');
  if (server === null) throw new Error('no PostgreSQL server (TEST_DATABASE_URL) in this run');
  const name = `ws_test_${randomBytes(6).toString('hex')}`;
  const source = template === 'none' ? null : template === 'empty' ? server.empty : server.suichang;
  if (source === null && template !== 'none') throw new Error('the suichang template needs data/suichang');
  await adminQuery(server.url, source === null ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${source}`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  const db = await createDb({ kind: 'postgres', url: url.toString() });
  return {
    ...db,
    close: async () => {
      await db.close();
      await adminQuery(server.url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/**
 * Registers hooks that open a PGlite database with the schema and the tiny county imported before the
 * file's tests and close it after; returns a getter for it.
 */
export function useTinyCountyDb(): () => Db {
  let db: Db | undefined;
  beforeAll(async () => {
    db = await openTestDb('pglite', 'empty');
    await importDataset(db.db, tinyCounty());
  });
  afterAll(async () => {
    await db?.close();
  });
  return () => {
    if (db === undefined) throw new Error('the tiny county database is opened in beforeAll');
    return db;
  };
}
