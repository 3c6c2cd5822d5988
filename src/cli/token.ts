import { dbConfigFromEnv } from '../db/config.js';
import { createDb } from '../db/database.js';
import { assertMigrated, migrateToLatest } from '../db/migrator.js';
import { runCli } from './run-cli.js';
import { runTokenCommand } from './token/token-command.js';

/** `npm run token -- create|list|revoke …` on the configured database (`DATABASE_URL` or `DATA_DIR`). */
runCli(async (argv) => {
  const { db, close } = await createDb(dbConfigFromEnv());
  try {
    assertMigrated(await migrateToLatest(db));
    await runTokenCommand(argv, { db, out: (line) => console.log(line), err: (line) => console.error(line) });
  } finally {
    await close();
  }
});
