import { afterEach, describe, expect, it } from 'vitest';
import { importComplianceCsv } from '../../../src/compliance/services/csv-import/import-compliance-csv.js';
import type { Db } from '../../../src/db/database.js';
import { listAudit } from '../../../src/db/repositories/audit.repository.js';
import { InvalidInput } from '../../../src/domain/errors.js';
import { engines } from '../../helpers/test-database.js';
import { TINY, auditTrail, countRows, openComplianceDb } from '../fixtures/compliance-db.js';

const VEHICLE_HEADER = 'id,county_id,kind,registration_no,approved_capacity,operator_id,home_depot_place_id,year,make_model,status';
const vehiclesCsv = (...rows: string[]) => [VEHICLE_HEADER, ...rows].join('\n');
const NEW_BUS = 'bus-2,999001,bus,浙K·T0002,35,op-1,depot-1,2022,test coach,active';
const EDITED_BUS = 'bus-1,999001,bus,浙K·T0001,19,op-1,depot-1,2020,test coach,out_of_service';
const SAME_BOAT = 'boat-1,999001,boat,浙丽船·T01,12,op-1,pier-1,2019,test boat,active';

describe.each(engines())('importComplianceCsv on %s', (engine) => {
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('creates new rows, updates changed ones, skips unchanged ones, and audits each write', async () => {
    db = await openComplianceDb(engine);
    const result = await importComplianceCsv(db.db, 'clerk', 'vehicles', vehiclesCsv(NEW_BUS, EDITED_BUS, SAME_BOAT));
    expect(result).toEqual({ kind: 'vehicles', rows: 3, created: 1, updated: 1, unchanged: 1 });
    expect(await auditTrail(db)).toEqual(['vehicle:create', 'vehicle:update']);
    const [update] = await listAudit(db.db, TINY, { entityId: 'bus-1' });
    expect(update).toMatchObject({ actor: 'clerk', before: { status: 'active' }, after: { status: 'out_of_service' } });
  });

  it('rejects the whole file when any row is bad, listing every error with row and column, and writes nothing', async () => {
    db = await openComplianceDb(engine);
    const csv = vehiclesCsv(
      NEW_BUS,
      'bus-3,999001,bus,浙K·T0003,many,op-1,depot-1,2022,x,active',
      'bus-4,999001,lorry,浙K·T0004,30,op-9,depot-1,2022,x,active',
      'bus-5,999001,bus,浙K·T0001,30,op-1,nowhere,2022,x,active',
      NEW_BUS,
      'bus-6,999001,bus,浙K·T0002,30,op-1,depot-1,2022,x,active',
    );
    const error = await importComplianceCsv(db.db, 'clerk', 'vehicles', csv).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInput);
    expect((error as InvalidInput).details.map((d) => `${d.row}:${d.field}`)).toEqual([
      '2:approved_capacity', '3:kind', '4:home_depot_place_id', '4:registration_no', '5:id', '6:registration_no',
    ]);
    expect((error as InvalidInput).details.every((d) => d.file === 'vehicles.csv')).toBe(true);
    expect([await countRows(db, 'vehicle'), await auditTrail(db)]).toEqual([2, []]);
  });

  it('reports an unknown operator once its row passes the schema', async () => {
    db = await openComplianceDb(engine);
    const error = await importComplianceCsv(db.db, 'c', 'vehicles', vehiclesCsv('bus-4,999001,bus,浙K·T0004,30,op-9,depot-1,2022,x,active')).catch((e: unknown) => e);
    expect((error as InvalidInput).details).toMatchObject([{ row: 1, field: 'operator_id', message: 'no operator op-9 in county 999001' }]);
  });

  it('rejects a file with a missing column or a broken quote', async () => {
    db = await openComplianceDb(engine);
    await expect(importComplianceCsv(db.db, 'c', 'vehicles', 'id,county_id\nbus-2,999001')).rejects.toThrow(/rejected/);
    await expect(importComplianceCsv(db.db, 'c', 'vehicles', `${VEHICLE_HEADER}\n"bus-2,999001`)).rejects.toThrow(/not a valid CSV/);
    expect(await auditTrail(db)).toEqual([]);
  });

  it('imports drivers, inspections and insurance, checking their references', async () => {
    db = await openComplianceDb(engine);
    const drivers = 'id,county_id,operator_id,display_name,licence_class,birth_date,licensed_since,school_transport_endorsed\nd-3,999001,op-1,驾驶员 3,A1,1985-02-01,2008-03-01,true';
    const inspections = 'id,county_id,vehicle_id,inspected_on,inspector,passed,note\ni-9,999001,boat-1,2026-11-20,检查员,true,';
    const insurance = 'id,county_id,vehicle_id,kind,insurer,policy_no,valid_from,valid_to\nins-9,999001,bus-1,carrier_liability,保险公司,P-9,2027-01-01,2027-12-31';
    expect((await importComplianceCsv(db.db, 'c', 'drivers', drivers)).created).toBe(1);
    expect((await importComplianceCsv(db.db, 'c', 'inspections', inspections)).created).toBe(1);
    expect((await importComplianceCsv(db.db, 'c', 'insurance', insurance)).created).toBe(1);
    const bad = 'id,county_id,vehicle_id,kind,insurer,policy_no,valid_from,valid_to\nins-8,999001,bus-7,carrier_liability,保险公司,P-8,2027-12-31,2027-01-01';
    const error = await importComplianceCsv(db.db, 'c', 'insurance', bad).catch((e: unknown) => e);
    expect((error as InvalidInput).details.map((d) => d.field)).toEqual(['vehicle_id', 'valid_to']);
    expect(await auditTrail(db)).toEqual(['driver:create', 'inspection:create', 'insurance:create']);
  });
});
