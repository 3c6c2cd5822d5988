import { z } from 'zod';
import { dbConfigFromEnv } from '../db/config.js';
import { createDb } from '../db/database.js';
import { assertMigrated, migrateDown, migrateToLatest, migrateToNone } from '../db/migrator.js';
import { runCli } from './run-cli.js';

const Action = z.enum(['up', 'down', 'reset'], { message: 'the action must be up, down or reset' });

/** `npm run migrate [-- up|down|reset]`: latest, one step down, or everything down. */
runCli(async (argv) => {
  const action = Action.parse(argv[0] ?? 'up');
  const config = dbConfigFromEnv();
  const { db, close } = await createDb(config);
  try {
    const result = action === 'up' ? await migrateToLatest(db) : action === 'down' ? await migrateDown(db) : await migrateToNone(db);
    for (const r of result.results ?? []) console.log(`${r.direction.toLowerCase().padEnd(4)} ${r.migrationName}: ${r.status}`);
    assertMigrated(result);
    if ((result.results ?? []).length === 0) console.log('nothing to do');
    console.log(`database: ${config.kind === 'pglite' ? `PGlite at ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`);
  } finally {
    await close();
  }
});
