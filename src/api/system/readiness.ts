import { readdir } from 'node:fs/promises';
import { sql, type Kysely } from 'kysely';
import { MIGRATIONS_DIR } from '../../db/migrator.js';
import type { Database } from '../../db/tables/index.js';

/** The outcome of a readiness check. */
export interface Readiness {
  readonly database: 'ok' | 'unreachable';
  /** Migrations in `migrations/` not yet applied to the database. */
  readonly pendingMigrations: readonly string[];
}

/** Names of the migrations the code expects (file names without `.ts`). */
async function expectedMigrations(): Promise<string[]> {
  return (await readdir(MIGRATIONS_DIR)).filter((f) => /^\d{4}_\d{2}_\d{2}_\d{6}_[a-z0-9_]+\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, '')).sort();
}

/** Checks that the database answers and that every migration of this code base is applied. */
export async function checkReadiness(db: Kysely<Database>): Promise<Readiness> {
  const expected = await expectedMigrations();
  try {
    const result = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db);
    const applied = new Set(result.rows.map((r) => r.name));
    return { database: 'ok', pendingMigrations: expected.filter((m) => !applied.has(m)) };
  } catch {
    // Either the server is down or the bookkeeping table is missing (never migrated): probe which.
    const alive = await sql`SELECT 1`.execute(db).then(() => true, () => false);
    return { database: alive ? 'ok' : 'unreachable', pendingMigrations: expected };
  }
}
