import { z } from 'zod';
import { defineEndpoint, type AnyEndpoint } from '../../../src/api/endpoint/endpoint.js';
import { NotFound } from '../../../src/domain/errors.js';
import { fixtureSchedule, type FixtureSchedule } from './schedule-fixture.js';

/**
 * STUB of the schedule endpoints (issue 8 phase 2b), which were not on main when the pages were written.
 * It serves a hand-made schedule (`schedule-fixture.ts`) through the paths and envelopes the pages assume
 * (src/web/schedule/schedule-api.ts), so the browser tests exercise the pages' schedule flow: generate
 * with progress, list, show, validate, compare, publish, a school's timetable and its exports, an
 * operator's runs. Replace it with the real endpoints when they land.
 */
interface Version { id: string; friday: string; version: number; status: 'draft' | 'published' | 'superseded'; createdAt: string; schedule: FixtureSchedule }

const Anything = z.unknown();
const Id = z.object({ id: z.string() });
const Friday = z.strictObject({ friday: z.string() });

function envelope(v: Version) {
  return { id: v.id, friday: v.friday, version: v.version, status: v.status, createdAt: v.createdAt, summary: v.schedule.summary };
}

/** The stub's rows, with its own in-memory store (one per app); `requests` keeps every generate body. */
export function scheduleStub(): { rows: AnyEndpoint[]; requests: unknown[] } {
  const requests: unknown[] = [];
  const versions: Version[] = [];
  const jobs = new Map<string, { friday: string; polls: number; scheduleId: string | null }>();
  const find = (id: string): Version => {
    const v = versions.find((x) => x.id === id);
    if (v === undefined) throw new NotFound(`schedule ${id} not found`);
    return v;
  };
  const current = (friday: string): Version => {
    const v = versions.find((x) => x.friday === friday && x.status === 'published');
    if (v === undefined) throw new NotFound(`no published schedule for ${friday}`);
    return v;
  };
  const timetable = (v: Version, schoolId: string, names: Map<string, string>, drivers: Map<string, string>) => ({
    schoolId, friday: v.friday, version: v.version, status: v.status,
    dismissals: v.schedule.dismissals.filter((d) => d.schoolId === schoolId),
    runs: v.schedule.runs.filter((r) => r.schoolId === schoolId).map((r) => ({
      ...r, registrationNo: v.schedule.vehicles.find((x) => x.id === r.vehicleId)?.registrationNo ?? r.vehicleId,
      plateNo: null, driverName: drivers.get(r.driverId) ?? r.driverId, stops: r.stops.map((s) => ({ ...s, nameZh: names.get(s.placeId) ?? s.placeId })),
    })),
  });
  const lookups = async (ctx: { db: import('kysely').Kysely<import('../../../src/db/tables/index.js').Database> }) => ({
    names: new Map((await ctx.db.selectFrom('place').select(['id', 'name_zh']).execute()).map((p) => [p.id, p.name_zh])),
    drivers: new Map((await ctx.db.selectFrom('driver').select(['id', 'display_name']).execute()).map((d) => [d.id, d.display_name])),
  });
  const common = { tag: 'schedules (stub)', summary: 'stub' } as const;
  const rows = [
    defineEndpoint({ ...common, method: 'post', path: '/api/v1/schedules', operationId: 'stubGenerate', access: ['coordinator'], body: z.looseObject({ friday: z.string() }),
      success: { status: 202, description: 'job', schema: Anything },
      handle: async ({ body }) => {
        requests.push(body);
        const jobId = `job-${jobs.size + 1}`;
        jobs.set(jobId, { friday: body.friday, polls: 0, scheduleId: null });
        return { jobId };
      } }),
    defineEndpoint({ ...common, method: 'get', path: '/api/v1/jobs/{id}', operationId: 'stubJob', access: ['coordinator'], params: Id, success: { status: 200, description: 'job', schema: Anything },
      handle: async ({ params }, ctx) => {
        const job = jobs.get(params.id);
        if (job === undefined) throw new NotFound(`job ${params.id} not found`);
        job.polls += 1;
        const progress = Math.min(1, job.polls / 4);
        if (progress >= 1 && job.scheduleId === null) {
          const version = versions.filter((v) => v.friday === job.friday).length + 1;
          const id = `sch-${job.friday}-v${version}`;
          versions.push({ id, friday: job.friday, version, status: 'draft', createdAt: new Date().toISOString(), schedule: await fixtureSchedule(ctx.db, job.friday) });
          job.scheduleId = id;
        }
        return { id: params.id, status: progress >= 1 ? 'succeeded' : 'running', progress, stage: progress >= 1 ? 'done' : `routing ${Math.round(progress * 100)}%`, scheduleId: job.scheduleId, error: null };
      } }),
    defineEndpoint({ ...common, method: 'get', path: '/api/v1/schedules', operationId: 'stubList', access: ['coordinator'], query: Friday, success: { status: 200, description: 'list', schema: Anything },
      handle: async ({ query }) => ({ items: versions.filter((v) => v.friday === query.friday).map(envelope) }) }),
    defineEndpoint({ ...common, method: 'get', path: '/api/v1/schedules/{id}', operationId: 'stubShow', access: ['coordinator'], params: Id, success: { status: 200, description: 'one', schema: Anything },
      handle: async ({ params }) => {
        const v = find(params.id);
        return { ...envelope(v), schedule: v.schedule };
      } }),
    defineEndpoint({ ...common, method: 'post', path: '/api/v1/schedules/{id}/validate', operationId: 'stubValidate', access: ['coordinator'], params: Id, success: { status: 200, description: 'report', schema: Anything },
      handle: async ({ params }) => (find(params.id), { valid: true, violations: [] }) }),
    defineEndpoint({ ...common, method: 'get', path: '/api/v1/schedules/{id}/diff', operationId: 'stubDiff', access: ['coordinator'], params: Id, success: { status: 200, description: 'diff', schema: Anything },
      handle: async ({ params }) => {
        const v = find(params.id);
        const published = versions.find((x) => x.friday === v.friday && x.status === 'published');
        return { publishedId: published?.id ?? null, changes: [] };
      } }),
    defineEndpoint({ ...common, method: 'post', path: '/api/v1/schedules/{id}/publish', operationId: 'stubPublish', access: ['coordinator'], params: Id, success: { status: 200, description: 'published', schema: Anything },
      handle: async ({ params }) => {
        const v = find(params.id);
        for (const other of versions) if (other.friday === v.friday && other.status === 'published') other.status = 'superseded';
        v.status = 'published';
        return envelope(v);
      } }),
    defineEndpoint({ ...common, method: 'get', path: '/api/v1/schools/{id}/timetable', operationId: 'stubTimetable', access: ['coordinator', 'school'], params: Id, query: Friday,
      success: { status: 200, description: 'timetable', schema: Anything },
      handle: async ({ params, query }, ctx) => {
        if (!ctx.scope.canSeeSchool(params.id)) throw new NotFound(`school ${params.id} not found`);
        const { names, drivers } = await lookups(ctx);
        return timetable(current(query.friday), params.id, names, drivers);
      } }),
    defineEndpoint({ ...common, method: 'get', path: '/api/v1/schools/{id}/timetable.csv', operationId: 'stubTimetableCsv', access: ['coordinator', 'school'], params: Id, query: Friday,
      success: { status: 200, description: 'csv', contentType: 'text/csv', schema: z.string() },
      handle: async ({ params, query }, ctx) => {
        if (!ctx.scope.canSeeSchool(params.id)) throw new NotFound(`school ${params.id} not found`);
        const { names, drivers } = await lookups(ctx);
        const t = timetable(current(query.friday), params.id, names, drivers);
        ctx.setHeader('Content-Disposition', `attachment; filename="${params.id}-${query.friday}.csv"`);
        return ['run,stop,time', ...t.runs.flatMap((r) => r.stops.map((s) => `${r.id},${s.nameZh},${s.departS}`))].join('\n');
      } }),
    defineEndpoint({ ...common, method: 'get', path: '/api/v1/schools/{id}/timetable.ics', operationId: 'stubTimetableIcs', access: ['coordinator', 'school'], params: Id, query: Friday,
      success: { status: 200, description: 'ics', contentType: 'text/calendar', schema: z.string() },
      handle: async ({ params, query }, ctx) => {
        if (!ctx.scope.canSeeSchool(params.id)) throw new NotFound(`school ${params.id} not found`);
        ctx.setHeader('Content-Disposition', `attachment; filename="${params.id}-${query.friday}.ics"`);
        return 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//stub//EN\r\nEND:VCALENDAR\r\n';
      } }),
    defineEndpoint({ ...common, method: 'get', path: '/api/v1/runs', operationId: 'stubRuns', access: ['coordinator', 'operator'], query: Friday, success: { status: 200, description: 'runs', schema: Anything },
      handle: async ({ query }, ctx) => {
        const v = current(query.friday);
        const operators = new Map((await ctx.db.selectFrom('vehicle').select(['id', 'operator_id']).execute()).map((x) => [x.id, x.operator_id]));
        const { names, drivers } = await lookups(ctx);
        const schools = [...new Set(v.schedule.runs.map((r) => r.schoolId))];
        const all = schools.flatMap((s) => timetable(v, s, names, drivers).runs);
        return { items: all.filter((r) => ctx.scope.canSeeOperator(operators.get(r.vehicleId) ?? '')) };
      } }),
  ];
  return { rows, requests };
}
