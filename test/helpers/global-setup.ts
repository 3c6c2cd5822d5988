import { existsSync } from 'node:fs';
import { writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb, kyselyOnPGlite, openPGlite } from '../../src/db/database.js';
import { importDatasetDir } from '../../src/db/import-dataset.js';
import { assertMigrated, migrateToLatest } from '../../src/db/migrator.js';
import { buildWeb } from '../../scripts/build-web/build-web.js';

const DATASET_DIR = resolve(import.meta.dirname, '..', '..', 'data', 'suichang');

declare module 'vitest' {
  export interface ProvidedContext {
    /** Tar dumps of PGlite data directories: migrated empty schema, and with the Suichang dataset. */
    pgliteTemplates: { empty: string; suichang: string | null };
    /** PostgreSQL server for the server half of the database tests, and its template databases. */
    postgres: { url: string; empty: string; suichang: string | null } | null;
  }
}

async function pgliteTemplate(file: string, withDataset: boolean): Promise<string> {
  const pglite = await openPGlite(undefined);
  const { db } = kyselyOnPGlite(pglite);
  assertMigrated(await migrateToLatest(db));
  if (withDataset) await importDatasetDir(db, DATASET_DIR);
  const dump = await pglite.dumpDataDir('none');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  return file;
}

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function postgresTemplate(serverUrl: string, name: string, withDataset: boolean): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const { db, close } = await createDb({ kind: 'postgres', url: databaseUrl(serverUrl, name) });
  assertMigrated(await migrateToLatest(db));
  if (withDataset) await importDatasetDir(db, DATASET_DIR);
  await close();
  return name;
}

/**
 * Builds the web pages and the database templates once per run: PGlite data-dir dumps (a fresh PGlite takes seconds; a
 * load from a dump well under one), and, when `TEST_DATABASE_URL` names a server, template databases
 * that each test clones with `CREATE DATABASE … TEMPLATE`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const tag = `${process.pid}`;
  // The server serves the pages from out/web, as `npm start` builds them; a fresh clone has none yet.
  await buildWeb(resolve(import.meta.dirname, '..', '..', 'out', 'web'));
  const withDataset = existsSync(join(DATASET_DIR, 'dataset.json'));
  const empty = await pgliteTemplate(join(tmpdir(), `ws-template-empty-${tag}.tar`), false);
  const suichang = withDataset ? await pgliteTemplate(join(tmpdir(), `ws-template-suichang-${tag}.tar`), true) : null;
  project.provide('pgliteTemplates', { empty, suichang });

  const serverUrl = process.env['TEST_DATABASE_URL'];
  let postgres: { url: string; empty: string; suichang: string | null } | null = null;
  if (serverUrl !== undefined && serverUrl !== '') {
    postgres = {
      url: serverUrl,
      empty: await postgresTemplate(serverUrl, `ws_tpl_empty_${tag}`, false),
      suichang: withDataset ? await postgresTemplate(serverUrl, `ws_tpl_suichang_${tag}`, true) : null,
    };
  }
  project.provide('postgres', postgres);

  return async () => {
    await rm(empty, { force: true });
    if (suichang !== null) await rm(suichang, { force: true });
    if (postgres !== null) {
      const admin = new pg.Client({ connectionString: postgres.url });
      await admin.connect();
      for (const name of [postgres.empty, postgres.suichang]) {
        if (name !== null) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
      await admin.end();
    }
  };
}
