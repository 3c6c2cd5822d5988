import { resolve } from 'node:path';
import { z } from 'zod';
import { InvalidInput } from '../domain/errors.js';

/** Where the data lives: an embedded PGlite directory, or a PostgreSQL server. */
export type DbConfig =
  | { readonly kind: 'pglite'; readonly dataDir: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly schema?: string };

const Env = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().trim().min(1).optional().or(z.literal('').transform(() => undefined)),
});

/**
 * Reads the database configuration from the environment, once: `DATABASE_URL` selects a PostgreSQL
 * server; otherwise embedded PGlite keeps its data in `DATA_DIR` (default `./.data/`).
 */
export function dbConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DbConfig {
  const parsed = Env.safeParse({ DATABASE_URL: env['DATABASE_URL'], DATA_DIR: env['DATA_DIR'] });
  if (!parsed.success) {
    throw new InvalidInput(
      'invalid database configuration in the environment',
      parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
    );
  }
  const { DATABASE_URL, DATA_DIR } = parsed.data;
  if (DATABASE_URL !== undefined) return { kind: 'postgres', url: DATABASE_URL };
  return { kind: 'pglite', dataDir: resolve(DATA_DIR ?? '.data') };
}
