import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetStatus, plateBlockers } from '../../src/compliance/index.js';
import { loadComplianceRecords } from '../../src/db/load-compliance-records.js';
import { engines } from '../helpers/test-database.js';
import { startHarness, type ApiHarness, type Principal } from './helpers/api-harness.js';
import { COUNTY } from './helpers/two-scope-county.js';

const DATE = '2026-12-04';

interface Reason { code: string; severity: string; messageEn: string; messageZh: string }
interface VehicleState { vehicleId: string; state: string; reasons: Reason[] }
interface ProblemBody { code: string; errors?: { path: string; message: string; row?: number; code?: string }[] }

/** A published schedule of the demo weekend whose runs use bus-1 on Friday and Sunday. */
async function publishBus1Runs(api: ApiHarness): Promise<void> {
  await api.db.db.insertInto('schedule').values({
    id: 's-pub', county_id: COUNTY, friday: DATE, version: 1, status: 'published', conditions: '{}', params: '{}', summary: '{}', created_by: 'test',
  }).execute();
  const run = (id: string, serviceDate: string, direction: string) => ({
    id, schedule_id: 's-pub', county_id: COUNTY, school_id: 'school-1', direction, mode: 'bus', vehicle_id: 'bus-1', driver_id: 'd-1',
    duty_no: 1, seq_in_duty: 1, service_date: serviceDate, departs_at: `${serviceDate}T15:00:00+08:00`, arrives_at: `${serviceDate}T15:40:00+08:00`,
    distance_m: 23_000, duration_s: 2400, max_load: 3,
  });
  await api.db.db.insertInto('schedule_run').values([run('run-fri', DATE, 'home'), run('run-sun', '2026-12-06', 'return')]).execute();
}

describe.each(engines())('compliance resources on %s', (engine) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startHarness(engine);
    await publishBus1Runs(api);
  });
  afterAll(async () => {
    await api.close();
  });

  const json = async <T>(principal: Principal, path: string, init: RequestInit = {}): Promise<{ status: number; body: T; headers: Headers }> => {
    const res = await api.request(principal, path, init);
    return { status: res.status, body: (await res.json()) as T, headers: res.headers };
  };
  const post = (body: unknown, method = 'POST'): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const count = async (table: 'plate' | 'driver' | 'audit_log') => Number((await api.db.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('reports every vehicle and driver exactly as the compliance rules do, and only its own to an operator', async () => {
    const expected = fleetStatus(await loadComplianceRecords(api.db.db, COUNTY), DATE);
    const all = await json<{ vehicles: VehicleState[]; drivers: { driverId: string; state: string }[] }>('coordinator', `/api/v1/compliance?date=${DATE}`);
    expect(all.status).toBe(200);
    expect(all.body.vehicles.map((v) => [v.vehicleId, v.state, v.reasons.map((r) => r.code)]))
      .toEqual(expected.vehicles.map((v) => [v.vehicleId, v.state, v.reasons.map((r) => r.code)]));
    expect(all.body.drivers.map((d) => [d.driverId, d.state])).toEqual(expected.drivers.map((d) => [d.driverId, d.state]));

    const own = await json<{ vehicles: VehicleState[]; drivers: { driverId: string }[]; counts: { vehicles: Record<string, number> } }>('operator', `/api/v1/compliance?date=${DATE}`);
    expect(own.body.vehicles.map((v) => v.vehicleId).sort()).toEqual(['boat-1', 'bus-1']);
    expect(own.body.drivers.map((d) => d.driverId).sort()).toEqual(['d-1', 'd-2']);
    expect(Object.values(own.body.counts.vehicles).reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('gives every reason with its stable code and both messages', async () => {
    const { body } = await json<VehicleState>('coordinator', `/api/v1/vehicles/bus-2/compliance?date=${DATE}`);
    expect(body.state).toBe('non_compliant');
    expect(body.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['insurance_missing', 'traffic_insurance_missing', 'plate_missing']));
    for (const r of body.reasons) {
      expect(r.messageEn.length, r.code).toBeGreaterThan(0);
      expect(r.messageZh, r.code).toMatch(/[\u4e00-\u9fff]/);
    }
    const lapsed = await json<{ reasons: Reason[] }>('coordinator', '/api/v1/drivers/d-1/compliance?date=2041-05-01');
    expect(lapsed.body.reasons.map((r) => r.code)).toContain('driver_too_old');
  });

  it('refuses a plate with 409 listing every reason code the rules give, and writes nothing', async () => {
    const request = {
      plateNo: '遂校999', vehicleId: 'bus-2', driverId: 'd-3', route: '二小—二村', operatingFrom: '14:00', operatingTo: '18:00',
      stops: ['gate-2', 'v-2'], issuingUnit: '小县教育局', validFrom: DATE, validTo: '2027-03-01', issuedOn: DATE,
    };
    const records = await loadComplianceRecords(api.db.db, COUNTY);
    const vehicle = records.vehicles.find((v) => v.id === 'bus-2');
    const driver = records.drivers.find((d) => d.id === 'd-3');
    if (vehicle === undefined || driver === undefined) throw new Error('fixture lacks bus-2 or d-3');
    const expected = plateBlockers(records, { vehicle, driver, plateNo: request.plateNo, validFrom: DATE, validTo: request.validTo }).map((r) => r.code);
    const plates = await count('plate');
    const res = await json<ProblemBody>('inspector', '/api/v1/plates', post(request));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('conflict');
    expect(res.body.errors?.map((e) => e.code)).toEqual(expected);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(await count('plate')).toBe(plates);
  });

  it('records a failed inspection: opens a rectification, lists the runs to re-plan and blocks the vehicle; a passing one closes it', async () => {
    const failed = await json<{ inspection: { id: string; passed: boolean }; openedRectifications: { id: string }[]; runsNeedingReplan: { runId: string }[] }>(
      'inspector', '/api/v1/inspections', post({ vehicleId: 'bus-1', inspectedOn: '2026-12-02', inspector: '检查组 1', items: [{ itemCode: 'brakes', outcome: 'fail', note: 'pads' }] }),
    );
    expect(failed.status).toBe(201);
    expect(failed.headers.get('location')).toBe(`/api/v1/inspections/${failed.body.inspection.id}`);
    expect(failed.body.inspection.passed).toBe(false);
    expect(failed.body.openedRectifications).toHaveLength(1);
    expect(failed.body.runsNeedingReplan.map((r) => r.runId)).toEqual(['run-fri', 'run-sun']);
    const status = await json<VehicleState>('operator', `/api/v1/vehicles/bus-1/compliance?date=${DATE}`);
    expect(status.body.state).toBe('non_compliant');
    expect(status.body.reasons.map((r) => r.code)).toContain('rectification_open');

    const passed = await json<{ closedRectifications: { id: string }[]; runsNeedingReplan: unknown[] }>(
      'inspector', '/api/v1/inspections', post({ vehicleId: 'bus-1', inspectedOn: '2026-12-03', inspector: '检查组 1', items: [{ itemCode: 'brakes', outcome: 'pass' }] }),
    );
    expect(passed.body.closedRectifications.map((r) => r.id)).toEqual(failed.body.openedRectifications.map((r) => r.id));
    expect(passed.body.runsNeedingReplan).toEqual([]);
    expect((await json<{ items: unknown[] }>('coordinator', '/api/v1/rectifications?status=open&vehicleId=bus-1')).body.items).toEqual([]);
    const detail = await json<{ items: { itemCode: string; outcome: string }[] }>('operator', `/api/v1/inspections/${failed.body.inspection.id}`);
    expect(detail.body.items).toEqual([{ itemCode: 'brakes', outcome: 'fail', note: 'pads' }]);
  });

  it('suspends a plate only with a reason, lists the runs to re-plan, and leaves reinstatement to a coordinator', async () => {
    const noReason = await json<ProblemBody>('inspector', '/api/v1/plates/plate-1/suspend', post({ effectiveOn: DATE }));
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors?.map((e) => e.path)).toEqual(['body.reason']);
    const suspended = await json<{ plate: { status: string; statusReason: string }; runsNeedingReplan: { runId: string }[] }>(
      'inspector', '/api/v1/plates/plate-1/suspend', post({ reason: 'brake warning', effectiveOn: '2026-12-05' }),
    );
    expect(suspended.status).toBe(200);
    expect(suspended.body.plate).toMatchObject({ status: 'suspended', statusReason: 'brake warning' });
    expect(suspended.body.runsNeedingReplan.map((r) => r.runId)).toEqual(['run-sun']);
    expect((await json<VehicleState>('coordinator', `/api/v1/vehicles/bus-1/compliance?date=${DATE}`)).body.reasons.map((r) => r.code)).toContain('plate_suspended');
    expect((await api.request('inspector', '/api/v1/plates/plate-1/reinstate', post({ reason: 'fixed', effectiveOn: DATE }))).status).toBe(403);
    const reinstated = await json<{ plate: { status: string }; runsNeedingReplan: unknown[] }>('coordinator', '/api/v1/plates/plate-1/reinstate', post({ reason: 'fixed', effectiveOn: DATE }));
    expect(reinstated.body).toMatchObject({ plate: { status: 'active' }, runsNeedingReplan: [] });
    expect((await json<ProblemBody>('coordinator', '/api/v1/plates/plate-1/reinstate', post({ reason: 'again', effectiveOn: DATE }))).status).toBe(409);
  });

  it('imports a CSV all or nothing: a bad file is answered with every row error and changes nothing', async () => {
    const header = 'id,county_id,operator_id,display_name,licence_class,birth_date,licensed_since,school_transport_endorsed';
    const csv = (...rows: string[]): RequestInit => ({ method: 'POST', headers: { 'content-type': 'text/csv; charset=utf-8' }, body: [header, ...rows].join('\n') });
    const good = 'd-new,999001,op-1,新驾驶员,A1,1988-02-02,2010-01-01,true';
    const [drivers, audit] = [await count('driver'), await count('audit_log')];
    const bad = await json<ProblemBody>('coordinator', '/api/v1/imports/drivers', csv(good, 'd-x,999001,op-1,坏,Z9,1988-02-02,2010-01-01,true', 'd-y,999001,op-9,坏,A1,1988-02-02,2010-01-01,true'));
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((e) => [e.row, e.path])).toEqual([[2, 'licence_class'], [3, 'operator_id']]);
    const otherCounty = await json<ProblemBody>('coordinator', '/api/v1/imports/drivers', csv(good, 'd-z,331123,OP01,别县,A1,1988-02-02,2010-01-01,true'));
    expect(otherCounty.status).toBe(400);
    expect(otherCounty.body.errors?.map((e) => [e.row, e.path])).toEqual([[2, 'county_id']]);
    expect([await count('driver'), await count('audit_log')]).toEqual([drivers, audit]);
    expect((await api.request('coordinator', '/api/v1/imports/drivers', post({ rows: [] }))).status).toBe(415);

    const ok = await json<{ created: number; rows: number }>('coordinator', '/api/v1/imports/drivers', csv(good));
    expect(ok.body).toMatchObject({ rows: 1, created: 1 });
    expect(await count('driver')).toBe(drivers + 1);
  });

  it('lets an operator write insurance of its own vehicles only, and never move a policy', async () => {
    const policy = { vehicleId: 'bus-1', kind: 'carrier_liability', insurer: '保险公司', policyNo: 'P-2027', validFrom: '2027-01-01', validTo: '2027-12-31' };
    expect((await json('operator', '/api/v1/insurance/ins-2027', post(policy, 'PUT'))).status).toBe(200);
    expect((await json<{ items: { id: string }[] }>('operator', '/api/v1/insurance?vehicleId=bus-1')).body.items.map((i) => i.id)).toContain('ins-2027');
    expect((await api.request('otherOperator', '/api/v1/insurance/ins-2027', post({ ...policy, vehicleId: 'bus-2' }, 'PUT'))).status).toBe(404);
    expect((await api.request('otherOperator', '/api/v1/insurance?vehicleId=bus-1').then((r) => r.json()) as { items: unknown[] }).items).toEqual([]);
    expect((await api.request('operator', '/api/v1/insurance/ins-2027', post({ ...policy, vehicleId: 'boat-1' }, 'PUT'))).status).toBe(409);
  });

  it('lets only a coordinator move a driver to another operator, and validates the driver as a whole', async () => {
    expect((await api.request('operator', '/api/v1/drivers/d-1', post({ licensedSince: '1970-01-01' }, 'PATCH'))).status).toBe(400);
    expect((await api.request('operator', '/api/v1/drivers/d-1', post({ operatorId: 'op-2' }, 'PATCH'))).status).toBe(403);
    expect((await api.request('operator', '/api/v1/drivers/d-1', post({ operatorId: 'op-1', displayName: '驾驶员 一' }, 'PATCH'))).status).toBe(200);
    expect((await api.request('coordinator', '/api/v1/drivers/d-1', post({ operatorId: 'op-2' }, 'PATCH'))).status).toBe(200);
    expect((await api.request('operator', '/api/v1/drivers/d-1')).status).toBe(404);
    expect((await api.request('otherOperator', '/api/v1/drivers/d-1')).status).toBe(200);
  });
});
