import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { engines } from '../../helpers/test-database.js';
import { startHarness, type ApiHarness } from '../helpers/api-harness.js';
import { FIXTURE_FRIDAY, resetScheduleStatuses } from '../helpers/schedule-fixture.js';

interface Replanned {
  schedule: { id: string; status: string; basedOnId: string | null; version: number };
  publishedId: string;
  broken: { runId: string; reasons: string[] }[];
  unserved: { reasonCode: string }[];
  changes: { operators: { operatorId: string; vehiclesToRefile: string[] }[]; studentsAffected: number };
  runsTotal: number;
  violations: unknown[];
}

describe.each(engines())('re-planning a published weekend on %s', (engine) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startHarness(engine, {}, { schedules: true });
  });
  afterAll(async () => {
    await api.close();
  });
  beforeEach(async () => {
    await resetScheduleStatuses(api.db.db);
  });

  const replan = (path: string, body: unknown) =>
    api.request('coordinator', api.path(path), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('stores a draft based on the published version when the only coach is out, its students listed unserved with the reason', async () => {
    const res = await replan('/api/v1/schedules/{published}/replan', { event: { kind: 'vehicle-out', vehicleId: 'bus-1', reason: 'breakdown' }, timeLimitS: 0.5 });
    expect(res.status).toBe(201);
    const r = (await res.json()) as Replanned;
    expect(res.headers.get('location')).toBe(`/api/v1/schedules/${r.schedule.id}`);
    expect(r.schedule).toMatchObject({ status: 'draft', basedOnId: api.schedules?.published });
    expect(r.publishedId).toBe(api.schedules?.published);
    expect(r.broken.length).toBe(r.runsTotal);
    expect(r.broken.every((b) => b.reasons.includes('vehicle_out'))).toBe(true);
    expect(r.unserved.length).toBeGreaterThan(0);
    expect(r.unserved.every((u) => u.reasonCode === 'no_vehicle')).toBe(true);
    expect(r.changes.operators.find((o) => o.operatorId === 'op-1')?.vehiclesToRefile).toEqual(['bus-1']);
    const detail = (await (await api.request('coordinator', `/api/v1/schedules/${r.schedule.id}`)).json()) as { schedule: { runs: { vehicleId: string }[] } };
    expect(detail.schedule.runs.some((run) => run.vehicleId === 'bus-1')).toBe(false);
  });

  it('stores the school\'s new window with the draft for a window change, so the draft validates against it', async () => {
    const audits = async () => (await api.db.db.selectFrom('audit_log').select('id').where('entity', '=', 'school').execute()).length;
    const before = await audits();
    const res = await replan('/api/v1/schedules/{published}/replan', {
      event: { kind: 'window-changed', schoolId: 'school-1', direction: 'home', earliest: '15:00', latest: '15:30' }, timeLimitS: 0.5,
    });
    expect(res.status).toBe(201);
    const r = (await res.json()) as Replanned;
    const windows = await api.db.db.selectFrom('school_window').selectAll().where('school_id', '=', 'school-1').where('direction', '=', 'home').execute();
    expect(windows.map((w) => [w.earliest.slice(0, 5), w.latest.slice(0, 5)])).toEqual([['15:00', '15:30']]);
    expect(await audits()).toBe(before + 1);
    const report = (await (await api.request('coordinator', `/api/v1/schedules/${r.schedule.id}/validate`, { method: 'POST' })).json()) as { valid: boolean };
    expect(report.valid).toBe(r.violations.length === 0);
  });

  it('refuses to re-plan a draft (409) and a malformed event (400 naming the field), storing nothing', async () => {
    const count = async () => (await api.db.db.selectFrom('schedule').select('id').execute()).length;
    const n = await count();
    expect((await replan('/api/v1/schedules/{draft}/replan', { event: { kind: 'weather', date: FIXTURE_FRIDAY, weather: 'fog' } })).status).toBe(409);
    const bad = await replan('/api/v1/schedules/{published}/replan', { event: { kind: 'meteor', date: FIXTURE_FRIDAY } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain('body.event.kind');
    const unknown = await replan('/api/v1/schedules/{published}/replan', { event: { kind: 'vehicle-out', vehicleId: 'no-such-bus', reason: 'x' }, timeLimitS: 0.5 });
    expect(unknown.status).toBe(400);
    expect(await count()).toBe(n);
  });
});
