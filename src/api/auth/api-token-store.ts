import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables/index.js';
import { InvalidInput, NotFound } from '../../domain/errors.js';
import type { RequestAuth, Role } from './request-auth.js';
import { hashTokenSecret, newTokenId, newTokenSecret } from './token-secret.js';

/** What a new token is for. */
export interface NewApiToken {
  readonly countyId: number;
  readonly role: Role;
  readonly schoolId?: string | undefined;
  readonly operatorId?: string | undefined;
  readonly label?: string | undefined;
}

/** A stored token as lists show it: never the secret, never the hash. */
export interface ApiTokenInfo {
  readonly id: string;
  readonly countyId: number;
  readonly role: Role;
  readonly schoolId: string | null;
  readonly operatorId: string | null;
  readonly label: string;
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
  readonly lastUsedAt: Date | null;
}

async function assertScopeExists(db: Kysely<Database>, t: NewApiToken): Promise<void> {
  if ((t.role === 'school') !== (t.schoolId !== undefined)) throw new InvalidInput('a school token needs --school, and only a school token takes it');
  if ((t.role === 'operator') !== (t.operatorId !== undefined)) throw new InvalidInput('an operator token needs --operator, and only an operator token takes it');
  const county = await db.selectFrom('county').select('id').where('id', '=', t.countyId).executeTakeFirst();
  if (county === undefined) throw new NotFound(`county ${t.countyId} is not loaded`);
  if (t.schoolId !== undefined) {
    const row = await db.selectFrom('school').select('id').where('id', '=', t.schoolId).where('county_id', '=', t.countyId).executeTakeFirst();
    if (row === undefined) throw new NotFound(`school ${t.schoolId} not found in county ${t.countyId}`);
  }
  if (t.operatorId !== undefined) {
    const row = await db.selectFrom('operator').select('id').where('id', '=', t.operatorId).where('county_id', '=', t.countyId).executeTakeFirst();
    if (row === undefined) throw new NotFound(`operator ${t.operatorId} not found in county ${t.countyId}`);
  }
}

/** Stores a new token (hashed) after checking its school or operator exists; returns its id and the secret, once. */
export async function createApiToken(db: Kysely<Database>, t: NewApiToken): Promise<{ id: string; secret: string }> {
  await assertScopeExists(db, t);
  const id = newTokenId();
  const secret = newTokenSecret();
  await db
    .insertInto('api_token')
    .values({
      id, county_id: t.countyId, token_hash: hashTokenSecret(secret), role: t.role,
      school_id: t.schoolId ?? null, operator_id: t.operatorId ?? null, label: t.label ?? '',
    })
    .execute();
  return { id, secret };
}

/** The caller a secret's hash belongs to, or undefined when unknown or revoked. */
export async function findActiveToken(db: Kysely<Database>, tokenHash: string): Promise<RequestAuth | undefined> {
  const row = await db
    .selectFrom('api_token')
    .select(['id', 'county_id', 'role', 'school_id', 'operator_id'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    tokenId: row.id, role: row.role as Role, countyId: row.county_id,
    ...(row.school_id === null ? {} : { schoolId: row.school_id }),
    ...(row.operator_id === null ? {} : { operatorId: row.operator_id }),
  };
}

/** Records that a token was used now. */
export async function touchApiToken(db: Kysely<Database>, id: string, at: Date): Promise<void> {
  await db.updateTable('api_token').set({ last_used_at: at }).where('id', '=', id).execute();
}

/** Every token of a county, newest first, without secrets. */
export async function listApiTokens(db: Kysely<Database>, countyId: number): Promise<ApiTokenInfo[]> {
  const rows = await db.selectFrom('api_token')
    .select(['id', 'county_id', 'role', 'school_id', 'operator_id', 'label', 'created_at', 'revoked_at', 'last_used_at'])
    .where('county_id', '=', countyId).orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id, countyId: r.county_id, role: r.role as Role, schoolId: r.school_id, operatorId: r.operator_id, label: r.label,
    createdAt: r.created_at, revokedAt: r.revoked_at, lastUsedAt: r.last_used_at,
  }));
}

/** Revokes a token of a county (idempotent: revoking twice keeps the first time). */
export async function revokeApiToken(db: Kysely<Database>, countyId: number, id: string, at: Date = new Date()): Promise<void> {
  const row = await db.selectFrom('api_token').select(['id', 'revoked_at']).where('id', '=', id).where('county_id', '=', countyId).executeTakeFirst();
  if (row === undefined) throw new NotFound(`token ${id} not found in county ${countyId}`);
  if (row.revoked_at === null) await db.updateTable('api_token').set({ revoked_at: at }).where('id', '=', id).execute();
}
