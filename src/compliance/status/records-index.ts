import type { Inspection, Insurance, Plate, Rectification } from '../../domain/compliance-records.js';
import type { Driver, Vehicle } from '../../domain/fleet.js';
import type { ComplianceRecords } from '../records.js';

/** The records grouped by vehicle and operator, built once per status call. */
export interface RecordsIndex {
  readonly vehicles: ReadonlyMap<string, Vehicle>;
  readonly drivers: ReadonlyMap<string, Driver>;
  readonly driversByOperator: ReadonlyMap<string, readonly Driver[]>;
  readonly inspectionsById: ReadonlyMap<string, Inspection>;
  readonly inspectionsByVehicle: ReadonlyMap<string, readonly Inspection[]>;
  readonly rectificationsByVehicle: ReadonlyMap<string, readonly Rectification[]>;
  readonly insuranceByVehicle: ReadonlyMap<string, readonly Insurance[]>;
  readonly platesByVehicle: ReadonlyMap<string, readonly Plate[]>;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list === undefined) out.set(k, [row]);
    else list.push(row);
  }
  return out;
}

/** Groups the records for lookups by vehicle, driver and operator. */
export function indexRecords(records: ComplianceRecords): RecordsIndex {
  return {
    vehicles: new Map(records.vehicles.map((v) => [v.id, v])),
    drivers: new Map(records.drivers.map((d) => [d.id, d])),
    driversByOperator: groupBy(records.drivers, (d) => d.operatorId),
    inspectionsById: new Map(records.inspections.map((i) => [i.id, i])),
    inspectionsByVehicle: groupBy(records.inspections, (i) => i.vehicleId),
    rectificationsByVehicle: groupBy(records.rectifications, (r) => r.vehicleId),
    insuranceByVehicle: groupBy(records.insurance, (i) => i.vehicleId),
    platesByVehicle: groupBy(records.plates, (p) => p.vehicleId),
  };
}
