import { findPublishedScheduleHeader, findScheduleHeader, publishScheduleVersion } from '../../db/repositories/schedule.repository.js';
import { Conflict } from '../../domain/errors.js';
import { diffSchedules, type Violation } from '../../scheduling/index.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { ApiProblem } from '../http/api-problem.js';
import { versionOut, visibleVersion } from '../queries/schedule-lookup.js';
import { PublishOut, ScheduleDiffOut, ScheduleIdParams, ValidationReport } from '../schemas/schedule.schemas.js';

/** Violations listed in a refused publication (the rest are counted in `detail`). */
const MAX_LISTED = 200;

function violationItems(violations: readonly Violation[]) {
  return violations.slice(0, MAX_LISTED).map((v) => ({ path: v.runId ?? v.vehicleId ?? v.studentId ?? '', code: v.code, message: v.message }));
}

/** Checking, comparing and publishing a version. */
export const scheduleActionsRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'post', path: '/api/v1/schedules/{id}/validate', operationId: 'validateSchedule', tag: 'schedules', access: ['coordinator', 'inspector'],
    summary: 'Check a stored version against every hard rule with the county\'s current records (a plate suspended or an inspection failed since it was made shows here).',
    description: 'Runs `validateSchedule` in a worker thread (about half a second on the Suichang data). Changes nothing.',
    params: ScheduleIdParams,
    success: { status: 200, description: 'the violations (empty: valid)', schema: ValidationReport },
    handle: async ({ params }, ctx) => {
      const header = await visibleVersion(ctx, params.id);
      const violations = await ctx.jobs.validate(await ctx.schedules.get(ctx.db, header.id));
      return { scheduleId: header.id, checkedAt: new Date().toISOString(), valid: violations.length === 0, violations };
    },
  }),
  defineEndpoint({
    method: 'get', path: '/api/v1/schedules/{id}/diff', operationId: 'diffSchedule', tag: 'schedules', access: ['coordinator', 'inspector'],
    summary: 'The permit change list against the weekend\'s published version: per school, changed dismissal times, runs, stops, times, vehicles and drivers, and the plates to file again (校车安全管理条例 art. 16).',
    params: ScheduleIdParams,
    success: { status: 200, description: 'the changes (none when nothing is published, or for the published version itself)', schema: ScheduleDiffOut },
    handle: async ({ params }, ctx) => {
      const header = await visibleVersion(ctx, params.id);
      const published = await findPublishedScheduleHeader(ctx.db, ctx.countyId, header.friday);
      if (published === undefined || published.id === header.id) return { scheduleId: header.id, publishedId: published?.id ?? null, schools: [], vehiclesToRefile: [] };
      const diff = diffSchedules(await ctx.schedules.get(ctx.db, published.id), await ctx.schedules.get(ctx.db, header.id));
      return { scheduleId: header.id, publishedId: published.id, schools: diff.schools.map((s) => ({ schoolId: s.schoolId, changes: [...s.changes] })), vehiclesToRefile: [...diff.vehiclesToRefile] };
    },
  }),
  defineEndpoint({
    method: 'post', path: '/api/v1/schedules/{id}/publish', operationId: 'publishSchedule', tag: 'schedules', access: ['coordinator'],
    summary: 'Publish a draft: it is validated again with current records, then in one transaction the weekend\'s published version becomes superseded and this one published (audited).',
    description: '409 `conflict` when the version is not a draft, or when it now breaks a hard rule (every violation in `errors`, each with its `code`; nothing changes). The schools\' timetables switch at once.',
    params: ScheduleIdParams,
    success: { status: 200, description: 'the published version', schema: PublishOut },
    problems: ['conflict'],
    handle: async ({ params }, ctx) => {
      const header = await visibleVersion(ctx, params.id);
      if (header.status !== 'draft') throw new Conflict(`schedule ${header.id} is ${header.status}, only a draft can be published`);
      const violations = await ctx.jobs.validate(await ctx.schedules.get(ctx.db, header.id));
      if (violations.length > 0) {
        throw new ApiProblem('conflict', `schedule ${header.id} breaks ${violations.length} hard rule(s) with the current records; fix them (re-plan) before publishing`, { errors: violationItems(violations) });
      }
      const { supersededId } = await ctx.db.transaction().execute((tx) => publishScheduleVersion(tx, ctx.countyId, header.id, ctx.scope.actor, new Date()));
      const published = await findScheduleHeader(ctx.db, ctx.countyId, header.id);
      if (published === undefined) throw new Error(`schedule ${header.id} vanished after publishing`);
      return { ...versionOut(published), supersededId };
    },
  }),
];
