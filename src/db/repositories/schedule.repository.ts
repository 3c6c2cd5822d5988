import type { Insertable, Selectable } from 'kysely';
import { Conflict, NotFound } from '../../domain/errors.js';
import type { SchoolWindow } from '../../domain/school.js';
import type { Database, DismissalSlotTable, RunStopTable, ScheduleRunTable, ScheduleTable, ScheduleTransferTable, ScheduleUnservedTable, StudentAssignmentTable } from '../tables/index.js';
import { upsertSchoolWindows } from './school.repository.js';
import type { Executor } from './upsert-many.js';

/** Every row of one stored schedule version, as the tables hold them. */
export interface ScheduleRows {
  readonly schedule: Insertable<ScheduleTable>;
  readonly slots: readonly Insertable<DismissalSlotTable>[];
  readonly runs: readonly Insertable<ScheduleRunTable>[];
  readonly stops: readonly Insertable<RunStopTable>[];
  readonly transfers: readonly Insertable<ScheduleTransferTable>[];
  readonly assignments: readonly Insertable<StudentAssignmentTable>[];
  readonly unserved: readonly Insertable<ScheduleUnservedTable>[];
}

/** The stored rows of a version, as read back. */
export interface StoredScheduleRows {
  readonly schedule: Selectable<ScheduleTable>;
  readonly slots: readonly Selectable<DismissalSlotTable>[];
  readonly runs: readonly Selectable<ScheduleRunTable>[];
  readonly stops: readonly Selectable<RunStopTable>[];
  readonly transfers: readonly Selectable<ScheduleTransferTable>[];
  readonly assignments: readonly Selectable<StudentAssignmentTable>[];
  readonly unserved: readonly Selectable<ScheduleUnservedTable>[];
}

/** A version in a list: everything but the runs. */
export type ScheduleHeader = Selectable<ScheduleTable>;

/** Rows per INSERT: 400 rows of at most 12 columns stays far under PostgreSQL's 65,535 parameters. */
const BATCH = 400;

async function insertBatches<T extends keyof Database & string>(db: Executor, table: T, rows: readonly Insertable<Database[T]>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await db.insertInto(table).values(rows.slice(i, i + BATCH) as never).execute();
}

/** The next version number of a county's weekend (1 for the first). */
export async function nextScheduleVersion(db: Executor, countyId: number, friday: string): Promise<number> {
  const row = await db.selectFrom('schedule').select((eb) => eb.fn.max('version').as('v')).where('county_id', '=', countyId).where('friday', '=', friday).executeTakeFirst();
  return Number(row?.v ?? 0) + 1;
}

/** Inserts a version with all its rows (run it in a transaction: all or nothing). */
export async function insertScheduleRows(db: Executor, rows: ScheduleRows): Promise<void> {
  await db.insertInto('schedule').values(rows.schedule).execute();
  await insertBatches(db, 'dismissal_slot', rows.slots);
  await insertBatches(db, 'schedule_run', rows.runs);
  await insertBatches(db, 'run_stop', rows.stops);
  await insertBatches(db, 'schedule_transfer', rows.transfers);
  await insertBatches(db, 'student_assignment', rows.assignments);
  await insertBatches(db, 'schedule_unserved', rows.unserved);
}

/** Versions of a county (optionally of one weekend), newest first. */
export async function listScheduleHeaders(db: Executor, countyId: number, friday?: string): Promise<ScheduleHeader[]> {
  let q = db.selectFrom('schedule').selectAll().where('county_id', '=', countyId);
  if (friday !== undefined) q = q.where('friday', '=', friday);
  return q.orderBy('friday', 'desc').orderBy('version', 'desc').execute();
}

/** Every row of a version, or undefined when there is no such version. */
export async function loadScheduleRows(db: Executor, id: string): Promise<StoredScheduleRows | undefined> {
  const schedule = await db.selectFrom('schedule').selectAll().where('id', '=', id).executeTakeFirst();
  if (schedule === undefined) return undefined;
  const [slots, runs, stops, transfers, assignments, unserved] = await Promise.all([
    db.selectFrom('dismissal_slot').selectAll().where('schedule_id', '=', id).orderBy('school_id').orderBy('direction').execute(),
    db.selectFrom('schedule_run').selectAll().where('schedule_id', '=', id).orderBy('id').execute(),
    db.selectFrom('run_stop').innerJoin('schedule_run', 'schedule_run.id', 'run_stop.run_id').selectAll('run_stop').where('schedule_run.schedule_id', '=', id).orderBy('run_stop.run_id').orderBy('run_stop.seq').execute(),
    db.selectFrom('schedule_transfer').selectAll().where('schedule_id', '=', id).orderBy('from_run_id').orderBy('to_run_id').execute(),
    db.selectFrom('student_assignment').selectAll().where('schedule_id', '=', id).orderBy('student_id').orderBy('direction').orderBy('leg_no').execute(),
    db.selectFrom('schedule_unserved').selectAll().where('schedule_id', '=', id).orderBy('student_id').orderBy('direction').execute(),
  ]);
  return { schedule, slots, runs, stops, transfers, assignments, unserved };
}

/** Id of the published version of a weekend, if any. */
export async function findPublishedScheduleId(db: Executor, countyId: number, friday: string): Promise<string | undefined> {
  const row = await db.selectFrom('schedule').select('id').where('county_id', '=', countyId).where('friday', '=', friday).where('status', '=', 'published').executeTakeFirst();
  return row?.id;
}

/**
 * Publishes a draft (run in a transaction): the previously published version of the weekend becomes
 * `superseded`. Throws `NotFound` for an unknown id, `Conflict` when the version is not a draft.
 */
export async function publishScheduleRow(db: Executor, id: string, publishedBy: string, at: Date): Promise<void> {
  const row = await db.selectFrom('schedule').select(['county_id', 'friday', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
  if (row === undefined) throw new NotFound(`schedule ${id} not found`);
  if (row.status !== 'draft') throw new Conflict(`schedule ${id} is ${row.status}, only a draft can be published`);
  await db.updateTable('schedule').set({ status: 'superseded' }).where('county_id', '=', row.county_id).where('friday', '=', row.friday).where('status', '=', 'published').execute();
  await db.updateTable('schedule').set({ status: 'published', published_at: at, published_by: publishedBy }).where('id', '=', id).execute();
}

/** The header of one version of a county, or undefined. */
export async function findScheduleHeader(db: Executor, countyId: number, id: string): Promise<ScheduleHeader | undefined> {
  return db.selectFrom('schedule').selectAll().where('county_id', '=', countyId).where('id', '=', id).executeTakeFirst();
}

/** The header of a weekend's published version, or undefined. */
export async function findPublishedScheduleHeader(db: Executor, countyId: number, friday: string): Promise<ScheduleHeader | undefined> {
  return db.selectFrom('schedule').selectAll().where('county_id', '=', countyId).where('friday', '=', friday).where('status', '=', 'published').executeTakeFirst();
}

/**
 * Publishes a draft with its audit entry (run it in a transaction: all or nothing). Every version of
 * the weekend is locked first, in id order, so two publications of one weekend run one after the other
 * (the later one supersedes the earlier) instead of colliding on `schedule_one_published_idx`.
 * Throws `NotFound` for an unknown id of the county, `Conflict` when the version is not a draft.
 * Returns the id of the version it superseded.
 */
export async function publishScheduleVersion(tx: Executor, countyId: number, id: string, actor: string, at: Date): Promise<{ supersededId: string | null }> {
  const target = await findScheduleHeader(tx, countyId, id);
  if (target === undefined) throw new NotFound(`schedule ${id} not found`);
  const weekend = await tx.selectFrom('schedule').select(['id', 'status']).where('county_id', '=', countyId).where('friday', '=', target.friday).orderBy('id').forUpdate().execute();
  const status = weekend.find((v) => v.id === id)?.status;
  if (status !== 'draft') throw new Conflict(`schedule ${id} is ${status ?? 'gone'}, only a draft can be published`);
  const previous = weekend.find((v) => v.status === 'published')?.id ?? null;
  if (previous !== null) await tx.updateTable('schedule').set({ status: 'superseded' }).where('id', '=', previous).execute();
  await tx.updateTable('schedule').set({ status: 'published', published_at: at, published_by: actor }).where('id', '=', id).execute();
  // The audit entry also tells other server processes that the published timetables changed (their caches probe the audit log).
  await tx.insertInto('audit_log').values({
    county_id: countyId, actor, entity: 'schedule', entity_id: id, action: 'publish',
    before: JSON.stringify({ status: 'draft', published: previous }), after: JSON.stringify({ status: 'published', superseded: previous }),
  }).execute();
  return { supersededId: previous };
}

/**
 * Stores a school's windows as a re-plan for a changed window holds them (run in a transaction): the
 * school's windows are replaced and the change audited, so that the draft validates against them later.
 */
export async function storeReplannedWindows(tx: Executor, countyId: number, schoolId: string, windows: readonly SchoolWindow[], actor: string): Promise<void> {
  const before = await tx.selectFrom('school_window').selectAll().where('county_id', '=', countyId).where('school_id', '=', schoolId).execute();
  await tx.deleteFrom('school_window').where('county_id', '=', countyId).where('school_id', '=', schoolId).execute();
  await upsertSchoolWindows(tx, windows);
  await tx.insertInto('audit_log').values({
    county_id: countyId, actor, entity: 'school', entity_id: schoolId, action: 'change_window',
    before: JSON.stringify(before), after: JSON.stringify(windows),
  }).execute();
}
