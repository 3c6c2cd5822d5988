import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { listVehicles } from '../../db/repositories/fleet.repository.js';
import {
  findPublishedScheduleId, insertScheduleRows, listScheduleHeaders, loadScheduleRows, nextScheduleVersion, publishScheduleRow, type ScheduleHeader,
} from '../../db/repositories/schedule.repository.js';
import type { Database } from '../../db/tables/index.js';
import { NotFound } from '../../domain/errors.js';
import { diffSchedules, type ScheduleDiff } from '../diff/diff-schedules.js';
import type { Schedule } from '../model/schedule-schema.js';
import type { Violation } from '../validate/violation.js';
import { rowsToSchedule, scheduleToRows } from './schedule-rows.js';

/** A stored version as listed: id, weekend, version, status and the summary figures. */
export interface ScheduleVersion {
  readonly id: string;
  readonly countyId: number;
  readonly friday: string;
  readonly version: number;
  readonly status: 'draft' | 'published' | 'superseded' | 'discarded';
  readonly basedOnId: string | null;
  readonly createdAt: Date;
  readonly createdBy: string;
  readonly publishedAt: Date | null;
  readonly violations: number;
}

const versionOf = (h: ScheduleHeader): ScheduleVersion => ({
  id: h.id, countyId: h.county_id, friday: h.friday, version: h.version, status: h.status as ScheduleVersion['status'], basedOnId: h.based_on_id,
  createdAt: h.created_at, createdBy: h.created_by, publishedAt: h.published_at, violations: Array.isArray(h.validation) ? h.validation.length : 0,
});

/**
 * Stores a schedule as a new draft version of its weekend (all rows in one transaction), based on the
 * published version if there is one. `validation` is what `validateSchedule` said about it.
 */
export async function storeSchedule(db: Kysely<Database>, schedule: Schedule, options: { createdBy: string; validation: readonly Violation[] }): Promise<ScheduleVersion> {
  return db.transaction().execute(async (tx) => {
    const version = await nextScheduleVersion(tx, schedule.countyId, schedule.friday);
    const basedOnId = (await findPublishedScheduleId(tx, schedule.countyId, schedule.friday)) ?? null;
    const id = `SCHED-${schedule.countyId}-${schedule.friday}-v${version}-${randomBytes(3).toString('hex')}`;
    await insertScheduleRows(tx, scheduleToRows(schedule, { id, version, createdBy: options.createdBy, basedOnId, validation: options.validation }));
    const header = (await listScheduleHeaders(tx, schedule.countyId, schedule.friday)).find((h) => h.id === id)!;
    return versionOf(header);
  });
}

/** Versions of a county, newest first (optionally of one weekend). */
export async function listSchedules(db: Kysely<Database>, countyId: number, friday?: string): Promise<ScheduleVersion[]> {
  return (await listScheduleHeaders(db, countyId, friday)).map(versionOf);
}

/** A stored version, whole. Throws `NotFound` for an unknown id. */
export async function loadSchedule(db: Kysely<Database>, id: string): Promise<Schedule> {
  const rows = await loadScheduleRows(db, id);
  if (rows === undefined) throw new NotFound(`schedule ${id} not found`);
  return rowsToSchedule(rows, await listVehicles(db, rows.schedule.county_id));
}

/**
 * Publishes a draft atomically; the version published before for that weekend becomes superseded.
 * Throws `NotFound` or `Conflict` (not a draft). The database keeps one published version per weekend.
 */
export async function publishSchedule(db: Kysely<Database>, id: string, publishedBy: string, at: Date = new Date()): Promise<void> {
  await db.transaction().execute((tx) => publishScheduleRow(tx, id, publishedBy, at));
}

/** The permit change list of a version against the weekend's published one (null when none is published). */
export async function scheduleChanges(db: Kysely<Database>, id: string): Promise<ScheduleDiff | null> {
  const draft = await loadSchedule(db, id);
  const publishedId = await findPublishedScheduleId(db, draft.countyId, draft.friday);
  if (publishedId === undefined || publishedId === id) return null;
  return diffSchedules(await loadSchedule(db, publishedId), draft);
}
