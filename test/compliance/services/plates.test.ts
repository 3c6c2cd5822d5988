import { afterEach, describe, expect, it } from 'vitest';
import { allowedOn } from '../../../src/compliance/status/allowed-on.js';
import { changePlateDriver } from '../../../src/compliance/services/change-plate-driver.js';
import { importComplianceCsv } from '../../../src/compliance/services/csv-import/import-compliance-csv.js';
import { updateDriver } from '../../../src/compliance/services/update-driver.js';
import { issuePlate } from '../../../src/compliance/services/issue-plate.js';
import { reinstatePlate, revokePlate, suspendPlate } from '../../../src/compliance/services/plate-status-changes.js';
import { PlateRefused } from '../../../src/compliance/services/plate-refused.js';
import { recordInspection } from '../../../src/compliance/services/record-inspection.js';
import { renewPlate } from '../../../src/compliance/services/renew-plate.js';
import { upsertInsurance } from '../../../src/compliance/services/upsert-insurance.js';
import { loadCountyRecords } from '../../../src/db/county-records.js';
import type { Db } from '../../../src/db/database.js';
import { listAudit } from '../../../src/db/repositories/audit.repository.js';
import { findPlate } from '../../../src/db/repositories/compliance-lookup.repository.js';
import { Conflict, InvalidInput } from '../../../src/domain/errors.js';
import { engines } from '../../helpers/test-database.js';
import { TINY, auditTrail, breakWritesTo, countRows, openComplianceDb } from '../fixtures/compliance-db.js';

const FRIDAY = '2026-12-04';
const boatPlate = {
  plateNo: '遂校船01', vehicleId: 'boat-1', driverId: 'd-2', route: '码头—三村', operatingFrom: '14:00', operatingTo: '18:00',
  stops: ['pier-1', 'v-3'], issuingUnit: '小县教育局', validFrom: '2026-12-01', validTo: '2027-03-31', issuedOn: '2026-11-30',
};
const allowedIds = async (db: Db, date = FRIDAY) => allowedOn(await loadCountyRecords(db.db, TINY), date).vehicles.map((v) => v.vehicle.id);

describe.each(engines())('plates on %s', (engine) => {
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('issues a plate to an eligible boat and master, which puts the boat in allowedOn', async () => {
    db = await openComplianceDb(engine);
    expect(await allowedIds(db)).toEqual(['bus-1']);
    const plate = await issuePlate(db.db, 'coordinator', boatPlate);
    expect(plate).toMatchObject({ status: 'active', countyId: TINY, stops: ['pier-1', 'v-3'] });
    expect(await allowedIds(db)).toEqual(['boat-1', 'bus-1']);
    expect(await auditTrail(db)).toEqual(['plate:issue']);
  });

  it('refuses a plate with every reason listed, and writes nothing', async () => {
    db = await openComplianceDb(engine);
    const request = { ...boatPlate, vehicleId: 'bus-1', plateNo: '遂校001', validTo: '2027-09-15' };
    const error = await issuePlate(db.db, 'coordinator', request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlateRefused);
    expect(error).toBeInstanceOf(Conflict);
    expect((error as PlateRefused).reasons.map((r) => r.code)).toEqual(['plate_outlasts_inspection', 'driver_licence_mismatch', 'plate_already_active', 'plate_number_taken']);
    expect((error as PlateRefused).details.map((d) => d.field)).toEqual(['plate_outlasts_inspection', 'driver_licence_mismatch', 'plate_already_active', 'plate_number_taken']);
    expect([await countRows(db, 'plate'), await auditTrail(db)]).toEqual([1, []]);
  });

  it('rejects invalid plate input naming the fields, and unknown stops', async () => {
    db = await openComplianceDb(engine);
    const error = await issuePlate(db.db, 'c', { ...boatPlate, validTo: '2026-11-01', operatingTo: '13:00' }).catch((e: unknown) => e);
    expect((error as InvalidInput).details.map((d) => d.field).sort()).toEqual(['operatingTo', 'validTo']);
    await expect(issuePlate(db.db, 'c', { ...boatPlate, stops: ['pier-1', 'atlantis'] })).rejects.toThrow(/unknown stops/);
  });

  it('suspension removes the vehicle from allowedOn and lists its published runs; reinstatement brings it back', async () => {
    db = await openComplianceDb(engine);
    const suspended = await suspendPlate(db.db, 'coordinator', { plateId: 'plate-1', reason: 'speeding complaint', effectiveOn: FRIDAY });
    expect(suspended.plate).toMatchObject({ status: 'suspended', statusReason: 'speeding complaint' });
    expect(suspended.runsNeedingReplan.map((r) => r.runId)).toEqual(['run-fri', 'run-sun']);
    expect(await allowedIds(db)).toEqual([]);
    await expect(suspendPlate(db.db, 'coordinator', { plateId: 'plate-1', reason: 'again', effectiveOn: FRIDAY })).rejects.toBeInstanceOf(Conflict);
    const back = await reinstatePlate(db.db, 'coordinator', { plateId: 'plate-1', reason: 'complaint unfounded', effectiveOn: FRIDAY });
    expect(back).toMatchObject({ plate: { status: 'active' }, runsNeedingReplan: [] });
    expect(await allowedIds(db)).toEqual(['bus-1']);
    const trail = await listAudit(db.db, TINY, { entity: 'plate', entityId: 'plate-1' });
    expect(trail.map((e) => [e.action, (e.before as { status: string }).status, (e.after as { status: string }).status])).toEqual([
      ['suspended', 'active', 'suspended'], ['reinstated', 'suspended', 'active'],
    ]);
  });

  it('refuses to reinstate while an inspection has failed, listing why', async () => {
    db = await openComplianceDb(engine);
    await suspendPlate(db.db, 'c', { plateId: 'plate-1', reason: 'inspection', effectiveOn: FRIDAY });
    await recordInspection(db.db, 'c', { vehicleId: 'bus-1', inspectedOn: FRIDAY, inspector: 'x', items: [{ itemCode: 'brakes', outcome: 'fail' }] });
    const error = await reinstatePlate(db.db, 'c', { plateId: 'plate-1', reason: 'try', effectiveOn: FRIDAY }).catch((e: unknown) => e);
    expect((error as PlateRefused).reasons.map((r) => r.code)).toEqual(['inspection_failed', 'rectification_open']);
  });

  it('revokes an active or suspended plate for good', async () => {
    db = await openComplianceDb(engine);
    const revoked = await revokePlate(db.db, 'c', { plateId: 'plate-1', reason: 'vehicle sold', effectiveOn: '2026-12-05' });
    expect(revoked.runsNeedingReplan.map((r) => r.runId)).toEqual(['run-sun']);
    await expect(revokePlate(db.db, 'c', { plateId: 'plate-1', reason: 'x', effectiveOn: FRIDAY })).rejects.toBeInstanceOf(Conflict);
    await expect(reinstatePlate(db.db, 'c', { plateId: 'plate-1', reason: 'x', effectiveOn: FRIDAY })).rejects.toBeInstanceOf(Conflict);
    await expect(renewPlate(db.db, 'c', { plateId: 'plate-1', validTo: '2028-01-01', renewedOn: FRIDAY })).rejects.toBeInstanceOf(Conflict);
    expect(await allowedIds(db)).toEqual([]);
  });

  it('renews after re-inspection once insurance is in place, and never beyond the inspection', async () => {
    db = await openComplianceDb(engine);
    const plate = await issuePlate(db.db, 'c', boatPlate);
    await recordInspection(db.db, 'c', { vehicleId: 'boat-1', inspectedOn: '2027-03-20', inspector: 'x', items: [{ itemCode: 'life_jackets', outcome: 'pass' }] });
    const renewal = { plateId: plate.id, validTo: '2027-09-19', renewedOn: '2027-03-20' };
    const refused = await renewPlate(db.db, 'c', renewal).catch((e: unknown) => e);
    expect((refused as PlateRefused).reasons.map((r) => r.code)).toEqual(['insurance_expired']);
    await upsertInsurance(db.db, 'c', { vehicleId: 'boat-1', kind: 'carrier_liability', insurer: '保险公司', policyNo: 'P-3', validFrom: '2027-03-01', validTo: '2028-02-29' });
    await expect(renewPlate(db.db, 'c', { ...renewal, validTo: '2027-09-20' })).rejects.toThrow(/plate_outlasts_inspection/);
    expect(await renewPlate(db.db, 'c', renewal)).toMatchObject({ validFrom: '2026-12-01', validTo: '2027-09-19' });
    expect(await auditTrail(db)).toEqual(['plate:issue', 'inspection:create', 'insurance:create', 'plate:renew']);
  });

  it('changes the plate driver to an eligible colleague, which lifts plate_driver_ineligible', async () => {
    db = await openComplianceDb(engine);
    await updateDriver(db.db, 'c', { driverId: 'd-1', changes: { schoolTransportEndorsed: false } });
    expect(await allowedIds(db)).toEqual([]);
    const refused = await changePlateDriver(db.db, 'c', { plateId: 'plate-1', driverId: 'd-2', effectiveOn: FRIDAY }).catch((e: unknown) => e);
    expect((refused as PlateRefused).reasons.map((r) => r.code)).toEqual(['driver_licence_mismatch']);
    const drivers = 'id,county_id,operator_id,display_name,licence_class,birth_date,licensed_since,school_transport_endorsed\nd-3,999001,op-1,驾驶员 3,A1,1985-02-01,2008-03-01,true';
    await importComplianceCsv(db.db, 'c', 'drivers', drivers);
    expect(await changePlateDriver(db.db, 'c', { plateId: 'plate-1', driverId: 'd-3', effectiveOn: FRIDAY })).toMatchObject({ driverId: 'd-3' });
    expect(await allowedIds(db)).toEqual(['bus-1']);
    expect(await auditTrail(db)).toEqual(['driver:update', 'driver:create', 'plate:change_driver']);
  });

  it('leaves the plate unchanged when its audit entry cannot be written', async () => {
    db = await openComplianceDb(engine);
    await breakWritesTo(db, 'audit_log');
    await expect(suspendPlate(db.db, 'c', { plateId: 'plate-1', reason: 'x', effectiveOn: FRIDAY })).rejects.toThrow(/refused/);
    expect((await findPlate(db.db, 'plate-1'))?.status).toBe('active');
  });
});
