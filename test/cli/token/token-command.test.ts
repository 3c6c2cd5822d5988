import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { findActiveToken } from '../../../src/api/auth/api-token-store.js';
import { hashTokenSecret } from '../../../src/api/auth/token-secret.js';
import { runTokenCommand } from '../../../src/cli/token/token-command.js';
import { InvalidInput, NotFound } from '../../../src/domain/errors.js';
import { useTinyCountyDb } from '../../helpers/test-database.js';

const COUNTY = '999001';

describe('npm run token', () => {
  const tiny = useTinyCountyDb();

  async function run(...argv: string[]): Promise<{ out: string[]; err: string[] }> {
    const out: string[] = [];
    const err: string[] = [];
    await runTokenCommand(argv, { db: tiny().db, out: (l) => out.push(l), err: (l) => err.push(l) });
    return { out, err };
  }

  it('creates a school token and prints only its secret on stdout, once', async () => {
    const { out, err } = await run('create', '--role', 'school', '--school', 'school-1', '--label', 'gate office', '--county', COUNTY);
    expect(out).toHaveLength(1);
    const secret = out[0] ?? '';
    expect(secret).toMatch(/^wst_[A-Za-z0-9_-]{43}$/);
    expect(err.join('\n')).toContain('school school-1');
    expect(err.join('\n')).not.toContain(secret);
    expect(await findActiveToken(tiny().db, hashTokenSecret(secret))).toMatchObject({ role: 'school', schoolId: 'school-1', countyId: 999001 });
  });

  it('lists tokens without secrets or hashes and revokes one by id', async () => {
    const { out: [secret = ''] } = await run('create', '--role', 'operator', '--operator', 'op-1', '--county', COUNTY);
    const auth = await findActiveToken(tiny().db, hashTokenSecret(secret));
    const listed = (await run('list', '--county', COUNTY)).out.join('\n');
    expect(listed).toContain(auth?.tokenId);
    expect(listed).not.toContain(secret);
    expect(listed).not.toContain(hashTokenSecret(secret));
    await run('revoke', auth?.tokenId ?? '', '--county', COUNTY);
    expect(await findActiveToken(tiny().db, hashTokenSecret(secret))).toBeUndefined();
    expect((await run('list', '--county', COUNTY)).out.join('\n')).toMatch(/revoked \d{4}-\d\d-\d\d/);
  });

  it.each([
    ['a school token without --school', ['create', '--role', 'school'], InvalidInput],
    ['--school on a coordinator token', ['create', '--role', 'coordinator', '--school', 'school-1'], InvalidInput],
    ['a school that does not exist', ['create', '--role', 'school', '--school', 'nope'], NotFound],
    ['an operator that does not exist', ['create', '--role', 'operator', '--operator', 'nope'], NotFound],
    ['an unknown role', ['create', '--role', 'admin'], ZodError],
    ['an unknown subcommand', ['frobnicate'], InvalidInput],
    ['an unknown flag', ['list', '--verbose'], InvalidInput],
    ['revoking an unknown token', ['revoke', 'tok_000000000000'], NotFound],
  ])('rejects %s', async (_name, argv, kind) => {
    await expect(run(...argv, '--county', COUNTY)).rejects.toBeInstanceOf(kind);
  });
});
