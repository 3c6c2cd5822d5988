import type { z } from 'zod';
import { NotFound } from '../../domain/errors.js';
import type { PreparedBody } from '../cache/prepared-body.js';
import type { HandlerContext } from '../endpoint/endpoint.js';
import { findSchool } from '../queries/school-lookup.js';
import { seesDrafts, versionOut, weekendVersion } from '../queries/schedule-lookup.js';
import type { SchoolTimetable } from '../schemas/timetable.schemas.js';
import { timetableRuns } from './timetable-runs.js';

async function build(ctx: HandlerContext, schoolId: string, friday: string, scheduleId: string | undefined): Promise<z.input<typeof SchoolTimetable>> {
  const header = await weekendVersion(ctx, friday, scheduleId);
  const school = await findSchool(ctx.db, ctx.countyId, schoolId);
  if (school === undefined) throw new NotFound(`school ${schoolId} not found`);
  const schedule = await ctx.schedules.get(ctx.db, header.id);
  const version = versionOut(header);
  return {
    schoolId, schoolNameZh: school.nameZh, friday, scheduleId: header.id, version: version.version, status: version.status,
    createdAt: version.createdAt, publishedAt: version.publishedAt,
    dismissals: schedule.dismissals.filter((d) => d.schoolId === schoolId),
    runs: await timetableRuns(ctx.db, ctx.countyId, schedule, schedule.runs.filter((r) => r.schoolId === schoolId)),
  };
}

/**
 * A school's timetable for a weekend as a prepared body (the hot path of `bench:api`): served from the
 * response cache per (school, weekend, version asked for), emptied by any write through this server,
 * publication included, and when another process writes the audit log. The school is checked against
 * the caller's scope before the cache, and whether drafts may be named is part of the key, so the body
 * is the same for every caller that reaches it.
 */
export function schoolTimetableBody(ctx: HandlerContext, schoolId: string, friday: string, scheduleId: string | undefined): Promise<PreparedBody> {
  if (!ctx.scope.canSeeSchool(schoolId)) return Promise.reject(new NotFound(`school ${schoolId} not found`));
  const key = `timetable|${schoolId}|${friday}|${scheduleId ?? 'published'}|${seesDrafts(ctx.scope) ? 'drafts' : 'public'}`;
  return ctx.cache.get(key, () => build(ctx, schoolId, friday, scheduleId));
}

/** The same timetable as a value (for the CSV and iCalendar files). */
export async function schoolTimetable(ctx: HandlerContext, schoolId: string, friday: string, scheduleId: string | undefined): Promise<SchoolTimetable> {
  return JSON.parse((await schoolTimetableBody(ctx, schoolId, friday, scheduleId)).json) as SchoolTimetable;
}
