import { listScheduleHeaders } from '../../db/repositories/schedule.repository.js';
import { ROLES } from '../auth/request-auth.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { jobOut } from '../jobs/job-out.js';
import { versionOut, versionVisible, visibleVersion } from '../queries/schedule-lookup.js';
import { GenerateBody, JobOut, ScheduleDetail, ScheduleIdParams, ScheduleListQuery, ScheduleVersionList } from '../schemas/schedule.schemas.js';
import { audienceOf, scheduleFor } from '../schedules/schedule-audience.js';
import { generateRequestOf } from '../schedules/generate-request.js';

/**
 * Weekend schedules: generate (a background job), list versions, read one in the export format. Drafts
 * are for coordinators and inspectors; schools and operators read published and superseded versions,
 * cut to their school or their vehicles (docs/api.md).
 */
export const schedulesRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'post', path: '/api/v1/schedules', operationId: 'generateSchedule', tag: 'schedules', access: ['coordinator'],
    summary: 'Plan a weekend in the background: 202 with the job (follow it at `Location`), which stores a validated draft.',
    description: [
      'The job runs `generateWeekendSchedule` and `validateSchedule` in a worker thread (tens of seconds on the Suichang data) and stores the result as a new draft version, violations included (publishing refuses a draft that breaks a rule).',
      'One job per weekend: while a job for the weekend is queued or running, the same request (same conditions and parameters) answers 202 with that job; a different request answers 409 `conflict` with the active job\'s id in `errors[0].message`.',
    ].join(' '),
    body: GenerateBody,
    success: { status: 202, description: 'the new (or joined) job', schema: JobOut },
    problems: ['conflict', 'unavailable'],
    handle: async ({ body }, ctx) => {
      const request = await generateRequestOf(ctx, body);
      const { job } = await ctx.jobs.submit(request, ctx.scope.actor);
      ctx.setHeader('Location', `/api/v1/jobs/${job.id}`);
      return jobOut(job);
    },
  }),
  defineEndpoint({
    method: 'get', path: '/api/v1/schedules', operationId: 'listSchedules', tag: 'schedules', access: ROLES,
    summary: 'Stored versions, newest first, with status and summary figures (schools and operators: published and superseded only).',
    query: ScheduleListQuery,
    success: { status: 200, description: 'the versions', schema: ScheduleVersionList },
    handle: async ({ query }, ctx) => {
      const headers = await listScheduleHeaders(ctx.db, ctx.countyId, query.friday);
      return { items: headers.filter((h) => versionVisible(ctx.scope, h)).map(versionOut) };
    },
  }),
  defineEndpoint({
    method: 'get', path: '/api/v1/schedules/{id}', operationId: 'getSchedule', tag: 'schedules', access: ROLES,
    summary: 'One version in the schedule export format (docs/schedule-format.md), cut to the caller: a school sees its own runs, slots and students; an operator its vehicles\' runs.',
    params: ScheduleIdParams,
    success: { status: 200, description: 'the version and its content', schema: ScheduleDetail },
    handle: async ({ params }, ctx) => {
      const header = await visibleVersion(ctx, params.id);
      const audience = await audienceOf(ctx);
      return { ...versionOut(header), scope: audience.kind, schedule: scheduleFor(await ctx.schedules.get(ctx.db, header.id), audience) };
    },
  }),
];
