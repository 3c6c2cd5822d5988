import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../tables/index.js';

/** A kysely handle: the database or an open transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;

/** Rows per INSERT statement: big enough to be fast, small enough to stay under the parameter limit. */
const BATCH = 400;

/**
 * Inserts rows in batches, updating every other column when the key already exists (a re-import of an
 * edited file replaces the old values). Runs in the caller's transaction.
 */
export async function upsertMany<T extends keyof Database & string>(
  db: Executor,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  key: readonly (keyof Database[T] & string)[],
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first).filter((c) => !key.includes(c as keyof Database[T] & string));
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const set = Object.fromEntries(columns.map((c) => [c, sql.ref(`excluded.${c}`)]));
    const query = db.insertInto(table).values(batch as never);
    await (columns.length === 0
      ? query.onConflict((oc) => oc.columns(key as never).doNothing())
      : query.onConflict((oc) => oc.columns(key as never).doUpdateSet(set as never))
    ).execute();
  }
}
