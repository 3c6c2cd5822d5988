import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScheduleJobRunner } from '../../../src/api/jobs/schedule-job-runner.js';
import { parseScheduleRequest } from '../../../src/scheduling/index.js';
import { engines } from '../../helpers/test-database.js';
import { startHarness, type ApiHarness } from '../helpers/api-harness.js';
import { FIXTURE_FRIDAY, QUICK_PARAMS } from '../helpers/schedule-fixture.js';
import { COUNTY } from '../helpers/two-scope-county.js';

interface Job { id: string; status: string; progress: number; message: string; scheduleId: string | null; error: { code: string; detail: string } | null }

const POST = { method: 'POST', headers: { 'content-type': 'application/json' } } as const;

describe.each(engines())('schedule generation jobs on %s', (engine) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startHarness(engine);
  });
  afterAll(async () => {
    await api.close();
  });

  const generate = (body: unknown) => api.request('coordinator', '/api/v1/schedules', { ...POST, body: JSON.stringify(body) });
  const job = async (id: string): Promise<Job> => (await (await api.request('coordinator', `/api/v1/jobs/${id}`)).json()) as Job;
  const versions = async (friday: string) =>
    ((await (await api.request('coordinator', `/api/v1/schedules?friday=${friday}`)).json()) as { items: { id: string; version: number; status: string }[] }).items;
  const jobRows = (friday: string) => api.db.db.selectFrom('schedule_job').selectAll().where('friday', '=', friday).execute();

  it('answers 202 with the job at once, runs it in a worker and stores a draft, and the job ends succeeded with it', async () => {
    const res = await generate({ friday: FIXTURE_FRIDAY, params: QUICK_PARAMS });
    expect(res.status).toBe(202);
    const accepted = (await res.json()) as Job;
    expect(res.headers.get('location')).toBe(`/api/v1/jobs/${accepted.id}`);
    expect(['queued', 'running']).toContain(accepted.status);
    await api.jobs.idle();
    const done = await job(accepted.id);
    expect(done).toMatchObject({ status: 'succeeded', progress: 1, error: null });
    expect(done.message).toContain('every hard rule holds');
    const stored = await versions(FIXTURE_FRIDAY);
    expect(stored.map((v) => v.id)).toContain(done.scheduleId);
    expect(stored.find((v) => v.id === done.scheduleId)?.status).toBe('draft');
  });

  it('gives two concurrent identical requests one job and, in the end, one schedule', async () => {
    const friday = '2026-12-11';
    const [a, b] = await Promise.all([1, 2].map(() => generate({ friday, params: QUICK_PARAMS })));
    expect([a?.status, b?.status]).toEqual([202, 202]);
    const [ja, jb] = [(await a!.json()) as Job, (await b!.json()) as Job];
    expect(ja.id).toBe(jb.id);
    expect(await jobRows(friday)).toHaveLength(1);
    await api.jobs.idle();
    expect((await job(ja.id)).status).toBe('succeeded');
    expect(await versions(friday)).toHaveLength(1);
  });

  it('refuses a different request for a weekend whose job is still active, naming that job', async () => {
    const friday = '2026-12-18';
    const first = (await (await generate({ friday, params: QUICK_PARAMS })).json()) as Job;
    const other = await generate({ friday, params: { ...QUICK_PARAMS, seed: 7 } });
    expect(other.status).toBe(409);
    const problem = (await other.json()) as { code: string; errors: { message: string }[] };
    expect(problem.code).toBe('conflict');
    expect(problem.errors[0]?.message).toBe(first.id);
    await api.jobs.idle();
    // Once the first job ended, the weekend takes a new job.
    const again = await generate({ friday, params: { ...QUICK_PARAMS, seed: 7 } });
    expect(again.status).toBe(202);
    expect(((await again.json()) as Job).id).not.toBe(first.id);
    await api.jobs.idle();
  });

  it.each([
    ['a Thursday', { friday: '2026-12-03' }, 'body.friday'],
    ['a date outside the weekend', { friday: FIXTURE_FRIDAY, conditions: { '2026-12-08': { weather: 'rain' } } }, 'body.conditions.2026-12-08'],
    ['an unknown closed section', { friday: FIXTURE_FRIDAY, conditions: { [FIXTURE_FRIDAY]: { closed: [{ id: 'no-such-road' }] } } }, `body.conditions.${FIXTURE_FRIDAY}.closed.0.id`],
    ['a parameter out of range', { friday: FIXTURE_FRIDAY, params: { maxRideMin: 5 } }, 'body.params.maxRideMin'],
  ])('refuses %s with 400 naming the field, and queues nothing', async (_what, body, path) => {
    const before = (await api.db.db.selectFrom('schedule_job').select('id').execute()).length;
    const res = await generate(body);
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path)).toContain(path);
    expect((await api.db.db.selectFrom('schedule_job').select('id').execute()).length).toBe(before);
  });

  it('accepts a closed road section that exists and plans around it', async () => {
    const res = await generate({ friday: '2027-01-08', conditions: { '2027-01-08': { weather: 'rain', closed: [{ id: 'r-2', reason: 'landslide' }] } }, params: QUICK_PARAMS });
    expect(res.status).toBe(202);
    const accepted = (await res.json()) as Job;
    await api.jobs.idle();
    const done = await job(accepted.id);
    expect(done.status).toBe('succeeded');
    const detail = (await (await api.request('coordinator', `/api/v1/schedules/${done.scheduleId}`)).json()) as { schedule: { unserved: { placeId: string; direction: string; reasonCode: string }[] } };
    // v-2 lies beyond the closed section: its student cannot be carried home on Friday.
    expect(detail.schedule.unserved).toContainEqual(expect.objectContaining({ placeId: 'v-2', direction: 'home', reasonCode: 'unreachable' }));
  });

  it('cancels a running job on shutdown and records it cancelled', async () => {
    const runner = new ScheduleJobRunner({ db: api.db.db, countyId: COUNTY, logger: pino({ level: 'silent' }) });
    // Default budgets: the job would run for many seconds.
    const { job: started } = await runner.submit(parseScheduleRequest({ friday: '2027-01-15' }), 'test');
    await runner.shutdown(0);
    const row = await api.db.db.selectFrom('schedule_job').selectAll().where('id', '=', started.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('cancelled');
    expect(row.error).toMatchObject({ code: 'cancelled' });
    expect(row.finished_at).not.toBeNull();
    await expect(runner.submit(parseScheduleRequest({ friday: '2027-01-22' }), 'test')).rejects.toThrow(/shutting down/);
  });

  it('fails jobs a stopped server left active, so their weekend can be planned again', async () => {
    const friday = '2027-01-29';
    await api.db.db.insertInto('schedule_job').values({
      id: 'job_crashed', county_id: COUNTY, friday, status: 'running', progress: 0.4, message: 'routing', request: JSON.stringify({ friday }), requested_by: 'test', started_at: new Date(),
    }).execute();
    expect((await generate({ friday, params: QUICK_PARAMS })).status).toBe(409);
    const runner = new ScheduleJobRunner({ db: api.db.db, countyId: COUNTY, logger: pino({ level: 'silent' }) });
    expect(await runner.failInterrupted()).toEqual(['job_crashed']);
    expect(await job('job_crashed')).toMatchObject({ status: 'failed', error: { code: 'interrupted' } });
    expect((await generate({ friday, params: QUICK_PARAMS })).status).toBe(202);
    await api.jobs.idle();
  });

  it('keeps answering other requests while a job runs (the solve is off the event loop)', async () => {
    const res = await generate({ friday: '2027-02-05', params: { routingTimeLimitS: 2, chainingTimeLimitS: 1 } });
    const accepted = (await res.json()) as Job;
    const seen: Job[] = [];
    for (let k = 0; k < 200; k += 1) {
      const current = await job(accepted.id);
      seen.push(current);
      if (current.status !== 'queued' && current.status !== 'running') break;
      expect((await api.request('anonymous', '/health')).status).toBe(200);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen.some((j) => j.status === 'running')).toBe(true);
    expect(seen.at(-1)?.status).toBe('succeeded');
    const progress = seen.map((j) => j.progress);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
  });
});
