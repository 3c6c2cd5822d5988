import { afterEach, describe, expect, it } from 'vitest';
import { driverStatus } from '../../../src/compliance/status/driver-status.js';
import { updateDriver } from '../../../src/compliance/services/update-driver.js';
import { upsertInsurance } from '../../../src/compliance/services/upsert-insurance.js';
import { loadCountyRecords } from '../../../src/db/county-records.js';
import type { Db } from '../../../src/db/database.js';
import * as auditRepository from '../../../src/db/repositories/audit.repository.js';
import { listAudit } from '../../../src/db/repositories/audit.repository.js';
import { findDriver } from '../../../src/db/repositories/compliance-lookup.repository.js';
import { Conflict, InvalidInput, NotFound } from '../../../src/domain/errors.js';
import { engines } from '../../helpers/test-database.js';
import { TINY, auditTrail, breakWritesTo, openComplianceDb } from '../fixtures/compliance-db.js';

describe.each(engines())('insurance, drivers and the audit log on %s', (engine) => {
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('creates and then updates a policy, auditing before and after', async () => {
    db = await openComplianceDb(engine);
    const created = await upsertInsurance(db.db, 'clerk', { vehicleId: 'bus-1', kind: 'carrier_liability', insurer: 'X', policyNo: 'P-9', validFrom: '2027-01-01', validTo: '2027-12-31' });
    await upsertInsurance(db.db, 'clerk', { ...created, validTo: '2027-06-30' });
    const trail = await listAudit(db.db, TINY, { entity: 'insurance', entityId: created.id });
    expect(trail.map((e) => [e.action, e.actor, (e.before as { validTo?: string } | null)?.validTo ?? null, (e.after as { validTo: string }).validTo])).toEqual([
      ['create', 'clerk', null, '2027-12-31'], ['update', 'clerk', '2027-12-31', '2027-06-30'],
    ]);
  });

  it('rejects a policy ending before it starts, for an unknown vehicle, or moved to another vehicle', async () => {
    db = await openComplianceDb(engine);
    const base = { vehicleId: 'bus-1', kind: 'carrier_liability' as const, insurer: 'X', policyNo: 'P', validFrom: '2027-01-01', validTo: '2027-12-31' };
    await expect(upsertInsurance(db.db, 'c', { ...base, validTo: '2026-12-31' })).rejects.toBeInstanceOf(InvalidInput);
    await expect(upsertInsurance(db.db, 'c', { ...base, vehicleId: 'nope' })).rejects.toBeInstanceOf(NotFound);
    await expect(upsertInsurance(db.db, 'c', { ...base, vehicleId: 'boat-1', id: 'ins-1' })).rejects.toBeInstanceOf(Conflict);
    expect(await auditTrail(db)).toEqual([]);
  });

  it('updates a driver, audits the change, and the status follows', async () => {
    db = await openComplianceDb(engine);
    const after = await updateDriver(db.db, 'clerk', { driverId: 'd-1', changes: { schoolTransportEndorsed: false } });
    expect(after.schoolTransportEndorsed).toBe(false);
    expect(driverStatus(await loadCountyRecords(db.db, TINY), 'd-1', '2026-12-04').reasons.map((r) => r.code)).toEqual(['driver_not_endorsed']);
    const [entry] = await listAudit(db.db, TINY, { entity: 'driver' });
    expect(entry).toMatchObject({ action: 'update', before: { schoolTransportEndorsed: true }, after: { schoolTransportEndorsed: false } });
  });

  it.each([
    [{ birthDate: '1980-02-30' }, 'birthDate'],
    [{ licenceClass: 'Z9' }, 'licenceClass'],
    [{ operatorId: 'op-9' }, 'operatorId'],
    [{ licensedSince: '1970-01-01' }, 'licensedSince'],
    [{ id: 'other' }, 'changes'],
  ])('rejects the driver change %o naming %s, and writes nothing', async (changes, field) => {
    db = await openComplianceDb(engine);
    const error = await updateDriver(db.db, 'c', { driverId: 'd-1', changes: changes as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInput);
    expect((error as InvalidInput).details.map((d) => d.field ?? '').join(' ')).toContain(field);
    expect(await auditTrail(db)).toEqual([]);
  });

  it('leaves the driver unchanged when the audit entry cannot be written', async () => {
    db = await openComplianceDb(engine);
    await breakWritesTo(db, 'audit_log');
    await expect(updateDriver(db.db, 'c', { driverId: 'd-1', changes: { schoolTransportEndorsed: false } })).rejects.toThrow(/refused/);
    expect((await findDriver(db.db, 'd-1'))?.schoolTransportEndorsed).toBe(true);
  });

  it('refuses to update or delete audit entries, and offers only append and list', async () => {
    db = await openComplianceDb(engine);
    await updateDriver(db.db, 'clerk', { driverId: 'd-1', changes: { displayName: '驾驶员 一' } });
    await expect(db.db.updateTable('audit_log').set({ actor: 'someone else' }).execute()).rejects.toThrow(/append-only/);
    await expect(db.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    expect((await listAudit(db.db, TINY, { entity: 'driver' }))[0]?.actor).toBe('clerk');
    expect(Object.keys(auditRepository).sort()).toEqual(['appendAudit', 'listAudit']);
  });
});
