import { findScheduleHeader, storeReplannedWindows } from '../../db/repositories/schedule.repository.js';
import { Conflict } from '../../domain/errors.js';
import { storeSchedule } from '../../scheduling/index.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { versionOut, visibleVersion } from '../queries/schedule-lookup.js';
import { ReplanBody, ReplanOut } from '../schemas/replan.schemas.js';
import { ScheduleIdParams } from '../schemas/schedule.schemas.js';

/** Re-planning a published weekend after something breaks. */
export const replanRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'post', path: '/api/v1/schedules/{id}/replan', operationId: 'replanSchedule', tag: 'schedules', access: ['coordinator'],
    summary: 'Re-plan the published version after an event (vehicle out, road closed, weather, window changed): a new draft that changes only what the event breaks, with the change list per school and operator.',
    description: [
      'Runs `replan` (src/scheduling/replan) with the county\'s current records in a worker thread (seconds: a routing budget of 4 s by default), stores the result as a draft based on the published version (violations included) and answers 201 with `Location`.',
      'Review it (validate, diff) and publish it like any draft. For `window-changed`, the school\'s new window is stored too (audited), so the draft validates against it. 409 when the version is not the published one.',
    ].join(' '),
    params: ScheduleIdParams,
    body: ReplanBody,
    success: { status: 201, description: 'the stored draft and what changed', schema: ReplanOut },
    problems: ['conflict'],
    handle: async ({ params, body }, ctx) => {
      const header = await visibleVersion(ctx, params.id);
      if (header.status !== 'published') throw new Conflict(`schedule ${header.id} is ${header.status}: re-plan the weekend's published version`);
      const r = await ctx.jobs.replan(await ctx.schedules.get(ctx.db, header.id), body.event, body.timeLimitS);
      const windows = r.schoolWindows;
      if (windows !== null && body.event.kind === 'window-changed') {
        const schoolId = body.event.schoolId;
        await ctx.db.transaction().execute((tx) => storeReplannedWindows(tx, ctx.countyId, schoolId, windows, ctx.scope.actor));
      }
      const stored = await storeSchedule(ctx.db, r.draft, { createdBy: ctx.scope.actor, validation: r.violations });
      const draft = await findScheduleHeader(ctx.db, ctx.countyId, stored.id);
      if (draft === undefined) throw new Error(`schedule ${stored.id} vanished after storing`);
      ctx.setHeader('Location', `/api/v1/schedules/${stored.id}`);
      return {
        schedule: versionOut(draft), publishedId: header.id, event: body.event, broken: r.broken.map(([runId, reasons]) => ({ runId, reasons: [...reasons] })),
        repairs: [...r.repairs], changes: r.changes, unserved: [...r.unserved], runsTotal: r.runsTotal, runsUnchanged: r.runsUnchanged,
        violations: [...r.violations], seconds: r.seconds,
      };
    },
  }),
];
