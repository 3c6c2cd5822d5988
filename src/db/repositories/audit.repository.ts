import type { Transaction } from 'kysely';
import type { Database } from '../tables/index.js';
import type { Executor } from './upsert-many.js';

/** What an audit entry is about. */
export type AuditEntity = 'inspection' | 'rectification' | 'plate' | 'insurance' | 'driver' | 'vehicle' | 'dataset';

/** One change to record: who, what, and the object before and after (null when created or removed). */
export interface AuditChange {
  readonly countyId: number;
  readonly actor: string;
  readonly entity: AuditEntity;
  readonly entityId: string;
  /** Verb of the change, e.g. `create`, `update`, `close`, `suspend`, `import`. */
  readonly action: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** A stored audit entry; `at` is the database time of the transaction that wrote it. */
export interface AuditEntry extends AuditChange {
  readonly id: number;
  readonly at: Date;
}

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

/**
 * Appends audit entries inside the caller's transaction, so the change and its entry commit or roll
 * back together. The type takes a `Transaction` on purpose: an entry written outside one could
 * outlive a failed change. There is no update or delete here, and a trigger refuses both.
 */
export async function appendAudit(tx: Transaction<Database>, changes: readonly AuditChange[]): Promise<void> {
  if (changes.length === 0) return;
  await tx
    .insertInto('audit_log')
    .values(changes.map((c) => ({
      county_id: c.countyId, actor: c.actor, entity: c.entity, entity_id: c.entityId, action: c.action, before: json(c.before), after: json(c.after),
    })))
    .execute();
}

/** Audit entries of a county, oldest first; narrowed to one entity kind and id when given. */
export async function listAudit(db: Executor, countyId: number, filter: { entity?: AuditEntity; entityId?: string } = {}): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll().where('county_id', '=', countyId);
  if (filter.entity !== undefined) query = query.where('entity', '=', filter.entity);
  if (filter.entityId !== undefined) query = query.where('entity_id', '=', filter.entityId);
  const rows = await query.orderBy('id').execute();
  return rows.map((r) => ({
    id: Number(r.id), at: r.at, countyId: r.county_id, actor: r.actor, entity: r.entity as AuditEntity, entityId: r.entity_id,
    action: r.action, before: r.before, after: r.after,
  }));
}
