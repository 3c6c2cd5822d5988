import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { engines } from '../../helpers/test-database.js';
import { startHarness, type ApiHarness, type Principal } from '../helpers/api-harness.js';
import { FIXTURE_FRIDAY, resetScheduleStatuses } from '../helpers/schedule-fixture.js';

interface Version { id: string; version: number; status: string; supersededId?: string | null }
interface Detail extends Version {
  scope: string;
  schedule: { runs: { id: string; schoolId: string; vehicleId: string }[]; assignments: unknown[]; unserved: { schoolId: string }[]; dismissals: { schoolId: string }[] };
}
interface Timetable { scheduleId: string; version: number; status: string; dismissals: { direction: string }[]; runs: { id: string; registrationNo: string; plateNo: string | null; driverName: string; stops: { nameZh: string }[] }[] }

const POST = { method: 'POST' } as const;

describe.each(engines())('publishing and reading schedules on %s', (engine) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startHarness(engine, {}, { schedules: true });
  });
  afterAll(async () => {
    await api.close();
  });
  beforeEach(async () => {
    // Version 1 published, version 2 a draft, plate-1 active (each test starts from the fixture).
    await api.db.db.updateTable('plate').set({ status: 'active', status_reason: '' }).where('id', '=', 'plate-1').execute();
    await resetScheduleStatuses(api.db.db);
  });

  const get = async <T>(principal: Principal, path: string): Promise<T> => {
    const res = await api.request(principal, api.path(path));
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  };
  const statuses = async () => Object.fromEntries((await api.db.db.selectFrom('schedule').select(['version', 'status']).execute()).map((r) => [r.version, r.status]));
  const auditCount = async () => Number((await api.db.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('publishes a draft atomically: the previous version is superseded, the draft published, an audit entry written', async () => {
    const audits = await auditCount();
    const res = await api.request('coordinator', api.path('/api/v1/schedules/{draft}/publish'), POST);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: api.schedules?.draft, status: 'published', supersededId: api.schedules?.published });
    expect(await statuses()).toEqual({ 1: 'superseded', 2: 'published' });
    expect(await auditCount()).toBe(audits + 1);
    // Publishing it again is refused: only drafts are published.
    expect((await api.request('coordinator', api.path('/api/v1/schedules/{draft}/publish'), POST)).status).toBe(409);
  });

  it('changes nothing when the publication fails half way (the audit write fails after the status updates)', async () => {
    await sql`CREATE FUNCTION test_fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store down'; END; $$`.execute(api.db.db);
    await sql`CREATE TRIGGER test_fail_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION test_fail_audit()`.execute(api.db.db);
    try {
      const before = await api.db.db.selectFrom('schedule').selectAll().orderBy('id').execute();
      const res = await api.request('coordinator', api.path('/api/v1/schedules/{draft}/publish'), POST);
      expect(res.status).toBe(500);
      expect(await api.db.db.selectFrom('schedule').selectAll().orderBy('id').execute()).toEqual(before);
      expect(await statuses()).toEqual({ 1: 'published', 2: 'draft' });
    } finally {
      await sql`DROP TRIGGER test_fail_audit ON audit_log`.execute(api.db.db);
      await sql`DROP FUNCTION test_fail_audit()`.execute(api.db.db);
    }
  });

  it('validates with the current records: valid, then after the plate is suspended a violation, and publishing is refused listing it', async () => {
    const ok = await api.request('coordinator', api.path('/api/v1/schedules/{draft}/validate'), POST);
    expect(await ok.json()).toMatchObject({ valid: true, violations: [] });
    await api.db.db.updateTable('plate').set({ status: 'suspended', status_reason: 'brakes' }).where('id', '=', 'plate-1').execute();
    const report = (await (await api.request('inspector', api.path('/api/v1/schedules/{draft}/validate'), POST)).json()) as { valid: boolean; violations: { code: string }[] };
    expect(report.valid).toBe(false);
    expect(report.violations.map((v) => v.code)).toContain('vehicle_not_allowed');
    const refused = await api.request('coordinator', api.path('/api/v1/schedules/{draft}/publish'), POST);
    expect(refused.status).toBe(409);
    const problem = (await refused.json()) as { code: string; errors: { code: string }[] };
    expect(problem.errors.map((e) => e.code)).toContain('vehicle_not_allowed');
    expect(await statuses()).toEqual({ 1: 'published', 2: 'draft' });
  });

  it('lists the permit changes of the draft against the published version, per school, and the plates to file again', async () => {
    const diff = await get<{ publishedId: string; schools: { schoolId: string; changes: { kind: string }[] }[]; vehiclesToRefile: string[] }>('coordinator', '/api/v1/schedules/{draft}/diff');
    expect(diff.publishedId).toBe(api.schedules?.published);
    // The versions were planned on the two ends of school-1's Friday window: its dismissal and run times moved.
    const school1 = diff.schools.find((s) => s.schoolId === 'school-1');
    expect(school1?.changes.map((c) => c.kind)).toEqual(expect.arrayContaining(['dismissal', 'times']));
    expect(diff.vehiclesToRefile).toEqual(['bus-1']);
    const own = await get<{ publishedId: string; schools: unknown[] }>('coordinator', '/api/v1/schedules/{published}/diff');
    expect(own).toMatchObject({ publishedId: api.schedules?.published, schools: [] });
  });

  it('switches the school timetable to the new version as soon as it is published (the cached body is dropped)', async () => {
    const path = `/api/v1/schools/school-1/timetable?friday=${FIXTURE_FRIDAY}`;
    expect((await get<Timetable>('school', path)).scheduleId).toBe(api.schedules?.published);
    expect((await get<Timetable>('school', path)).scheduleId).toBe(api.schedules?.published);
    expect((await api.request('coordinator', api.path('/api/v1/schedules/{draft}/publish'), POST)).status).toBe(200);
    expect(await get<Timetable>('school', path)).toMatchObject({ scheduleId: api.schedules?.draft, version: 2, status: 'published' });
  });

  it("serves a school's timetable with its dismissal, arrival deadline, registration, plate, driver and named stops", async () => {
    const t = await get<Timetable>('school', `/api/v1/schools/school-1/timetable?friday=${FIXTURE_FRIDAY}`);
    expect(t.dismissals.map((d) => d.direction).sort()).toEqual(['home', 'return']);
    expect(t.runs.length).toBeGreaterThan(0);
    for (const run of t.runs) {
      expect(run).toMatchObject({ registrationNo: '浙K·T0001', plateNo: expect.any(String), driverName: '驾驶员 1' });
      expect(run.stops.map((s) => s.nameZh)).toContain('小镇小学');
    }
  });

  it('keeps drafts from schools and operators (404), and lets a coordinator name a draft for a timetable', async () => {
    for (const principal of ['school', 'operator'] as const) {
      expect((await api.request(principal, api.path('/api/v1/schedules/{draft}'))).status).toBe(404);
      const list = await get<{ items: Version[] }>(principal, `/api/v1/schedules?friday=${FIXTURE_FRIDAY}`);
      expect(list.items.map((v) => v.status)).toEqual(['published']);
    }
    const named = `/api/v1/schools/school-1/timetable?friday=${FIXTURE_FRIDAY}&schedule={draft}`;
    expect((await api.request('school', api.path(named))).status).toBe(404);
    expect(await get<Timetable>('coordinator', named)).toMatchObject({ scheduleId: api.schedules?.draft, status: 'draft' });
    // A version of another weekend is not that weekend's.
    expect((await api.request('coordinator', api.path('/api/v1/schools/school-1/timetable?friday=2026-12-11&schedule={draft}'))).status).toBe(404);
  });

  it('cuts a version to the caller: a school its own runs and students, an operator its vehicles\' runs without student ids', async () => {
    const county = await get<Detail>('coordinator', '/api/v1/schedules/{published}');
    expect(county.scope).toBe('county');
    expect(county.schedule.assignments.length).toBeGreaterThan(0);
    const school = await get<Detail>('school', '/api/v1/schedules/{published}');
    expect(school.scope).toBe('school');
    expect(school.schedule.runs.every((r) => r.schoolId === 'school-1')).toBe(true);
    expect(school.schedule.unserved.every((u) => u.schoolId === 'school-1')).toBe(true);
    expect(school.schedule.assignments.length).toBe(county.schedule.assignments.length);
    const other = await get<Detail>('otherSchool', '/api/v1/schedules/{published}');
    expect(other.schedule).toMatchObject({ runs: [], assignments: [] });
    expect(other.schedule.dismissals.every((d) => d.schoolId === 'school-2')).toBe(true);
    const operator = await get<Detail>('operator', '/api/v1/schedules/{published}/export.json');
    expect(operator).toMatchObject({ assignments: [], unserved: [], transfers: [] });
    expect((operator as unknown as Detail['schedule']).runs.length).toBe(county.schedule.runs.length);
    const otherOperator = await get<{ runs: unknown[]; vehicles: unknown[] }>('otherOperator', '/api/v1/schedules/{published}/export.json');
    expect(otherOperator).toMatchObject({ runs: [], vehicles: [] });
    expect((await get<{ items: unknown[] }>('otherOperator', `/api/v1/runs?friday=${FIXTURE_FRIDAY}`)).items).toEqual([]);
    expect((await get<{ items: { vehicleId: string }[] }>('operator', `/api/v1/runs?friday=${FIXTURE_FRIDAY}`)).items.every((r) => r.vehicleId === 'bus-1')).toBe(true);
  });

  it('draws the runs along the roads, cut to the caller like the version itself', async () => {
    interface Paths { type: string; features: { id: string; geometry: { coordinates: [number, number][] }; properties: { runId: string; schoolId: string; vehicleId: string; segmentIds: string[]; routed: boolean } }[] }
    const county = await get<Detail>('coordinator', '/api/v1/schedules/{published}');
    const all = await get<Paths>('coordinator', '/api/v1/schedules/{published}/paths');
    expect(all.type).toBe('FeatureCollection');
    expect(all.features.map((f) => f.id).sort()).toEqual(county.schedule.runs.map((r) => r.id).sort());
    const roads = new Set((await get<{ features: { id: string }[] }>('coordinator', '/api/v1/network?layer=road')).features.map((f) => f.id));
    for (const f of all.features) {
      expect(f.properties.routed).toBe(true);
      expect(f.properties.segmentIds.length).toBeGreaterThan(0);
      expect(f.properties.segmentIds.every((id) => roads.has(id))).toBe(true);
      expect(f.geometry.coordinates.length).toBeGreaterThanOrEqual(2);
    }
    const school = await get<Paths>('school', '/api/v1/schedules/{published}/paths');
    expect(school.features.every((f) => f.properties.schoolId === 'school-1')).toBe(true);
    expect((await get<Paths>('otherSchool', '/api/v1/schedules/{published}/paths')).features).toEqual([]);
    expect((await get<Paths>('otherOperator', '/api/v1/schedules/{published}/paths')).features).toEqual([]);
    expect((await api.request('school', api.path('/api/v1/schedules/{draft}/paths'))).status).toBe(404);
  });

  it('answers 404 for the timetable of a weekend with nothing published', async () => {
    const res = await api.request('school', '/api/v1/schools/school-1/timetable?friday=2027-03-05');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { code: string }).code).toBe('not_found');
  });
});
