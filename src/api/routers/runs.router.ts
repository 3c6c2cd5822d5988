import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { weekendVersion } from '../queries/schedule-lookup.js';
import { RunList, RunQuery } from '../schemas/timetable.schemas.js';
import { audienceOf, scheduleFor } from '../schedules/schedule-audience.js';
import { timetableRuns } from '../schedules/timetable-runs.js';

/** Runs of a weekend by vehicle: an operator sees those of its own vehicles (its drivers' duty sheets). */
export const runsRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/api/v1/runs', operationId: 'listRuns', tag: 'timetables', access: ['coordinator', 'inspector', 'operator'],
    summary: 'Runs of the weekend\'s published version (or `schedule=ID`) with registration, plate, driver and named stops; an operator gets its own vehicles\' runs.',
    query: RunQuery,
    success: { status: 200, description: 'the runs, in departure order', schema: RunList },
    handle: async ({ query }, ctx) => {
      const header = await weekendVersion(ctx, query.friday, query.schedule);
      const schedule = scheduleFor(await ctx.schedules.get(ctx.db, header.id), await audienceOf(ctx));
      const runs = schedule.runs.filter((r) => query.vehicleId === undefined || r.vehicleId === query.vehicleId);
      return { friday: header.friday, scheduleId: header.id, items: await timetableRuns(ctx.db, ctx.countyId, schedule, runs) };
    },
  }),
];
