import type { Inspection, Insurance, Plate, Rectification } from '../domain/compliance-records.js';
import type { Driver, Operator, Vehicle } from '../domain/fleet.js';
import * as compliance from './repositories/compliance-records.repository.js';
import * as fleet from './repositories/fleet.repository.js';
import type { Executor } from './repositories/upsert-many.js';

/** A county's fleet and compliance records: what the compliance rules and the status report read. */
export interface StoredComplianceRecords {
  readonly operators: Operator[];
  readonly vehicles: Vehicle[];
  readonly drivers: Driver[];
  readonly inspections: Inspection[];
  readonly rectifications: Rectification[];
  readonly insurance: Insurance[];
  readonly plates: Plate[];
}

/** Loads the fleet and compliance records of a county (no geography, schools or students). */
export async function loadComplianceRecords(db: Executor, countyId: number): Promise<StoredComplianceRecords> {
  const [operators, vehicles, drivers, inspections, rectifications, insurance, plates] = await Promise.all([
    fleet.listOperators(db, countyId), fleet.listVehicles(db, countyId), fleet.listDrivers(db, countyId),
    compliance.listInspections(db, countyId), compliance.listRectifications(db, countyId), compliance.listInsurance(db, countyId),
    compliance.listPlates(db, countyId),
  ]);
  return { operators, vehicles, drivers, inspections, rectifications, insurance, plates };
}
