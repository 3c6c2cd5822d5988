import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from './tables/index.js';
import { Migrator, NO_MIGRATIONS, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely/migration';

/** The project's `migrations/` folder. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

const MIGRATION_FILE = /^\d{4}_\d{2}_\d{2}_\d{6}_[a-z0-9_]+\.ts$/;

/** Loads `migrations/YYYY_MM_DD_HHMMSS_verb_object.ts` files in name order. */
class FolderMigrationProvider implements MigrationProvider {
  constructor(private readonly dir: string) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(this.dir)).filter((f) => MIGRATION_FILE.test(f)).sort();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      const module = (await import(pathToFileURL(join(this.dir, file)).href)) as Migration;
      migrations[file.replace(/\.ts$/, '')] = module;
    }
    return migrations;
  }
}

function migratorFor(db: Kysely<Database>, dir = MIGRATIONS_DIR): Migrator {
  return new Migrator({ db, provider: new FolderMigrationProvider(dir) });
}

/** Runs every pending migration. Returns kysely's `{ error, results }` (never throws for a failed step). */
export function migrateToLatest(db: Kysely<Database>): Promise<MigrationResultSet> {
  return migratorFor(db).migrateToLatest();
}

/** Undoes the last applied migration. */
export function migrateDown(db: Kysely<Database>): Promise<MigrationResultSet> {
  return migratorFor(db).migrateDown();
}

/** Undoes every migration (an empty schema remains, plus kysely's bookkeeping tables). */
export function migrateToNone(db: Kysely<Database>): Promise<MigrationResultSet> {
  return migratorFor(db).migrateTo(NO_MIGRATIONS);
}

/** Throws the migration error of a result set, naming the step that failed. */
export function assertMigrated(result: MigrationResultSet): void {
  if (result.error === undefined) return;
  const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown step';
  const message = result.error instanceof Error ? result.error.message : String(result.error);
  throw new Error(`migration ${failed} failed: ${message}`);
}
