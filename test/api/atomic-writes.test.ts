import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/test-database.js';
import { startHarness, type ApiHarness } from './helpers/api-harness.js';

const PATCH = { method: 'PATCH', headers: { 'content-type': 'application/json' } } as const;

describe.each(engines())('writes are atomic on %s', (engine) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startHarness(engine);
  });
  afterAll(async () => {
    await api.close();
  });

  const driverRow = () => api.db.db.selectFrom('driver').selectAll().where('id', '=', 'd-1').executeTakeFirstOrThrow();
  const auditCount = async () => Number((await api.db.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('records a driver change and its audit row together', async () => {
    const before = await auditCount();
    const res = await api.request('operator', '/api/v1/drivers/d-1', { ...PATCH, body: JSON.stringify({ displayName: '新名字' }) });
    expect(res.status).toBe(200);
    expect((await driverRow()).display_name).toBe('新名字');
    expect(await auditCount()).toBe(before + 1);
    const audit = await api.db.db.selectFrom('audit_log').selectAll().where('entity', '=', 'driver').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entity_id: 'd-1', action: 'update', before: { displayName: '驾驶员 1' }, after: { displayName: '新名字' } });
    expect(audit.actor).toMatch(/^token:tok_[0-9a-f]{12}$/);
  });

  it('leaves the driver unchanged when the audit write fails half way', async () => {
    // A trigger makes the second statement of the transaction (the audit insert) fail after the update ran.
    await sql`CREATE FUNCTION test_fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store down'; END; $$`.execute(api.db.db);
    await sql`CREATE TRIGGER test_fail_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION test_fail_audit()`.execute(api.db.db);
    try {
      const before = await driverRow();
      const count = await auditCount();
      const res = await api.request('coordinator', '/api/v1/drivers/d-1', { ...PATCH, body: JSON.stringify({ licenceClass: 'A1', displayName: 'half way' }) });
      expect(res.status).toBe(500);
      const problem = (await res.json()) as { code: string; detail: string };
      expect(problem.code).toBe('internal');
      expect(problem.detail).not.toContain('audit store down');
      expect(await driverRow()).toEqual(before);
      expect(await auditCount()).toBe(count);
    } finally {
      await sql`DROP TRIGGER test_fail_audit ON audit_log`.execute(api.db.db);
      await sql`DROP FUNCTION test_fail_audit()`.execute(api.db.db);
    }
  });

  it('changes nothing and logs nothing for a token outside the driver\'s operator', async () => {
    const before = await driverRow();
    const count = await auditCount();
    const res = await api.request('otherOperator', '/api/v1/drivers/d-1', { ...PATCH, body: JSON.stringify({ displayName: 'intruder' }) });
    expect(res.status).toBe(404);
    expect(await driverRow()).toEqual(before);
    expect(await auditCount()).toBe(count);
  });
});
