import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { firstCoordinatorToken } from '../api/auth/first-coordinator-token.js';
import { startServer } from '../api/server.js';
import { dbConfigFromEnv } from '../db/config.js';
import { createDb } from '../db/database.js';
import { importDatasetDir } from '../db/import-dataset.js';
import { assertMigrated, migrateToLatest } from '../db/migrator.js';
import { findCounty } from '../db/repositories/geography.repository.js';
import { SUICHANG_COUNTY_ID } from '../domain/county.js';
import { runCli } from './run-cli.js';

const DATASET_DIR = resolve(import.meta.dirname, '..', '..', 'data', 'suichang');

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
});

/**
 * `npm run serve`: migrate the database (embedded PGlite, or PostgreSQL with `DATABASE_URL`), load the
 * Suichang dataset on first run when it is present, and serve the API on `PORT` (default 3000) until
 * SIGTERM or Ctrl-C.
 */
runCli(async () => {
  const env = Env.parse({ PORT: process.env['PORT'] || undefined, HOST: process.env['HOST'] || undefined });
  const config = dbConfigFromEnv();
  const db = await createDb(config);
  assertMigrated(await migrateToLatest(db.db));
  if ((await findCounty(db.db, SUICHANG_COUNTY_ID)) === undefined) {
    if (existsSync(join(DATASET_DIR, 'dataset.json'))) {
      console.error(`first run: importing ${DATASET_DIR} …`);
      await importDatasetDir(db.db, DATASET_DIR, 'npm run serve');
    } else {
      console.error(`county ${SUICHANG_COUNTY_ID} is not loaded and ${DATASET_DIR} is missing: only /health, /ready and /docs will be useful`);
    }
  }
  const hasCounty = (await findCounty(db.db, SUICHANG_COUNTY_ID)) !== undefined;
  // PGlite serves one process: `npm run token` cannot add a token while this server runs on it.
  const first = config.kind === 'pglite' && hasCounty ? await firstCoordinatorToken(db.db, SUICHANG_COUNTY_ID) : null;
  const server = await startServer({ db, port: env.PORT, host: env.HOST });
  if (first !== null) console.error(`first start: a coordinator token was created; copy it now, it is not shown again:\n  ${first}`);
  console.error(`serving ${server.url} (docs: ${server.url}/docs); create a token with: npm run token -- create --role coordinator${config.kind === 'pglite' ? ' (embedded database: stop the server first)' : ''}`);
});
