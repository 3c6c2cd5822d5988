import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DbConfig } from './config.js';
import { SerialPGliteDialect } from './serial-pglite-dialect.js';
import type { Database } from './tables/index.js';

/** An open database: the kysely instance, which engine backs it, and how to close it. */
export interface Db {
  readonly db: Kysely<Database>;
  readonly kind: DbConfig['kind'];
  close(): Promise<void>;
}

/** PostgreSQL type OIDs we parse the same way on both engines. */
const OID = { int8: 20, numeric: 1700, date: 1082, time: 1083, timestamp: 1114, timestamptz: 1184 } as const;

/**
 * Value parsers shared by both engines, so that rows look the same on PGlite and PostgreSQL:
 * `bigint`/`numeric` (e.g. `count(*)`) → number, `date` → `YYYY-MM-DD`, `time` → `HH:MM:SS`,
 * timestamps → Date.
 */
const PARSERS: Readonly<Record<number, (text: string) => unknown>> = {
  [OID.int8]: Number,
  [OID.numeric]: Number,
  [OID.date]: (s) => s,
  [OID.time]: (s) => s,
  [OID.timestamp]: (s) => new Date(`${s.replace(' ', 'T')}Z`),
  [OID.timestamptz]: (s) => new Date(s.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')),
};

function pgTypes(): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: string) => {
      const parser = PARSERS[oid];
      if (parser !== undefined && format !== 'binary') return parser;
      return pg.types.getTypeParser(oid, format as 'text');
    }) as pg.CustomTypesConfig['getTypeParser'],
  };
}

/** Opens a PGlite instance on a directory (created if missing), or from a dumped data-dir tarball. */
export async function openPGlite(dataDir: string | undefined, loadDataDir?: Blob): Promise<PGlite> {
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  return PGlite.create({
    ...(dataDir === undefined ? {} : { dataDir }),
    ...(loadDataDir === undefined ? {} : { loadDataDir }),
    parsers: PARSERS as Record<number, (value: string) => unknown>,
  });
}

/** A Kysely instance over an already open PGlite (tests share one template this way). */
export function kyselyOnPGlite(pglite: PGlite): Db {
  const db = new Kysely<Database>({ dialect: new SerialPGliteDialect({ pglite }) });
  return { db, kind: 'pglite', close: () => db.destroy() };
}

/**
 * Opens the database the configuration names: embedded PGlite by default, a PostgreSQL server when
 * a URL is given. The same migrations run on both (see `migrator.ts`).
 */
export async function createDb(config: DbConfig): Promise<Db> {
  if (config.kind === 'pglite') return kyselyOnPGlite(await openPGlite(config.dataDir));
  const pool = new pg.Pool({ connectionString: config.url, max: 10, types: pgTypes() });
  pool.on('error', () => {
    // An idle client lost its server connection; the pool replaces it. Queries report their own errors.
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}
