import { Command, CommanderError } from 'commander';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { createApiToken, listApiTokens, revokeApiToken } from '../../api/auth/api-token-store.js';
import { Role } from '../../api/auth/request-auth.js';
import type { Database } from '../../db/tables/index.js';
import { CountyId, SUICHANG_COUNTY_ID } from '../../domain/county.js';
import { EntityId } from '../../domain/entity-id.js';
import { InvalidInput } from '../../domain/errors.js';
import { formatTable } from '../output/text-table.js';

/** Where the command writes: `out` gets what a script reads (the secret, the table), `err` messages for people. */
export interface TokenIo {
  readonly db: Kysely<Database>;
  out(line: string): void;
  err(line: string): void;
}

const County = z.coerce.number().pipe(CountyId).default(SUICHANG_COUNTY_ID);

const CreateFlags = z.strictObject({
  role: Role,
  school: EntityId.optional(),
  operator: EntityId.optional(),
  label: z.string().max(200).optional(),
  county: County,
});

const CountyFlags = z.strictObject({ county: County });

async function create(io: TokenIo, raw: unknown): Promise<void> {
  const f = CreateFlags.parse(raw);
  const { id, secret } = await createApiToken(io.db, { countyId: f.county, role: f.role, schoolId: f.school, operatorId: f.operator, label: f.label });
  const scope = f.school !== undefined ? ` for school ${f.school}` : f.operator !== undefined ? ` for operator ${f.operator}` : '';
  io.err(`created token ${id}: ${f.role}${scope} in county ${f.county}. Copy the secret now; it is stored only hashed and never shown again:`);
  io.out(secret);
}

async function list(io: TokenIo, raw: unknown): Promise<void> {
  const f = CountyFlags.parse(raw);
  const stamp = (d: Date | null): string => (d === null ? '' : d.toISOString().slice(0, 16).replace('T', ' '));
  const rows = (await listApiTokens(io.db, f.county)).map((t) => [
    t.id, t.role, t.schoolId ?? t.operatorId ?? '', t.label, stamp(t.createdAt), stamp(t.lastUsedAt), t.revokedAt === null ? 'active' : `revoked ${stamp(t.revokedAt)}`,
  ]);
  io.out(formatTable(['id', 'role', 'scope', 'label', 'created (UTC)', 'last used (UTC)', 'status'], rows));
}

async function revoke(io: TokenIo, id: string, raw: unknown): Promise<void> {
  const f = CountyFlags.parse(raw);
  await revokeApiToken(io.db, f.county, EntityId.parse(id));
  io.err(`revoked token ${id}`);
}

function program(io: TokenIo): Command {
  const cmd = new Command('token').description('API bearer tokens: create (prints the secret once), list, revoke').exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()), outputError: () => undefined });
  cmd.command('create').description('create a token and print its secret once')
    .requiredOption('--role <role>', 'coordinator | inspector | operator | school')
    .option('--school <id>', 'the school of a school token').option('--operator <id>', 'the operator of an operator token')
    .option('--label <text>', 'what the token is for').option('--county <id>', 'county code (default 331123)')
    .action((flags: unknown) => create(io, flags));
  cmd.command('list').description('list tokens (never their secrets)').option('--county <id>', 'county code (default 331123)')
    .action((flags: unknown) => list(io, flags));
  cmd.command('revoke').description('revoke a token by id').argument('<id>', 'token id, e.g. tok_0123456789ab')
    .option('--county <id>', 'county code (default 331123)').action((id: string, flags: unknown) => revoke(io, id, flags));
  return cmd;
}

/**
 * `npm run token -- create --role school --school ID [--label TEXT]`, `token -- list`, `token -- revoke ID`.
 * Flags are validated with zod; usage errors become `InvalidInput` (exit code 2 through `runCli`).
 */
export async function runTokenCommand(argv: readonly string[], io: TokenIo): Promise<void> {
  try {
    await program(io).parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help' || error.code === 'commander.version') return;
      throw new InvalidInput(error.message.replace(/^error: /, ''));
    }
    throw error;
  }
}
