import { findScheduleJob } from '../../db/repositories/schedule-job.repository.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { jobOut } from '../jobs/job-out.js';
import { IdParams } from '../schemas/common.schemas.js';
import { JobOut } from '../schemas/schedule.schemas.js';

/** Background jobs (schedule generation): the coordinator who starts them follows their progress here. */
export const jobsRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/api/v1/jobs/{id}', operationId: 'getJob', tag: 'schedules', access: ['coordinator'],
    summary: 'A generate job: queued, running with progress (0–1) and a message, then succeeded with the draft\'s id, or failed / cancelled with a problem.',
    description: 'Poll it every second or so; progress is written at most twice a second. A job left active by a server that stopped is failed at the next start (`error.code` `interrupted`).',
    params: IdParams,
    success: { status: 200, description: 'the job', schema: JobOut },
    handle: async ({ params }, ctx) => {
      ctx.setHeader('Cache-Control', 'no-store');
      return jobOut(ctx.scope.ensureVisible(await findScheduleJob(ctx.db, ctx.countyId, params.id), () => true, `job ${params.id}`));
    },
  }),
];
