import type { IsoDate } from '../../domain/calendar.js';
import type { Plate } from '../../domain/compliance-records.js';
import type { Driver, Vehicle } from '../../domain/fleet.js';
import type { Reason } from '../reasons/reason.js';
import type { ComplianceRecords, StatusOptions } from '../records.js';
import { fleetStatus } from './fleet-status.js';

/** A vehicle the scheduler may use on the date. */
export interface AllowedVehicle {
  readonly vehicle: Vehicle;
  /** 核载人数 (`vehicle.approvedCapacity`): the only capacity the scheduler may use. */
  readonly capacity: number;
  /** The plate that allows it. */
  readonly plate: Plate;
  /** Drivers who may drive it, the plate's driver first; never empty. */
  readonly drivers: readonly Driver[];
  /** Things about to lapse (state `expiring`) or worth knowing; never blocking. */
  readonly reasons: readonly Reason[];
}

/** A vehicle the scheduler must not use on the date, with every reason. */
export interface ExcludedVehicle {
  readonly vehicleId: string;
  readonly reasons: readonly Reason[];
}

/** The scheduler's view of the fleet on one date. */
export interface AllowedFleet {
  readonly date: IsoDate;
  readonly vehicles: readonly AllowedVehicle[];
  readonly excluded: readonly ExcludedVehicle[];
}

/**
 * The vehicles that may carry students on a date, with their capacity and eligible drivers; every
 * other vehicle is excluded with its blocking reasons. A vehicle without an active plate, a valid
 * inspection, insurance or an eligible driver is never in `vehicles`.
 */
export function allowedOn(records: ComplianceRecords, date: IsoDate, options?: StatusOptions): AllowedFleet {
  const status = fleetStatus(records, date, options);
  const vehicleById = new Map(records.vehicles.map((v) => [v.id, v]));
  const driverById = new Map(records.drivers.map((d) => [d.id, d]));
  const vehicles: AllowedVehicle[] = [];
  const excluded: ExcludedVehicle[] = [];
  for (const s of status.vehicles) {
    const vehicle = vehicleById.get(s.vehicleId);
    if (vehicle === undefined || s.state === 'non_compliant' || s.plate === null) {
      excluded.push({ vehicleId: s.vehicleId, reasons: s.reasons.filter((r) => r.severity === 'blocking') });
      continue;
    }
    const drivers = s.eligibleDriverIds.map((id) => driverById.get(id)).filter((d): d is Driver => d !== undefined);
    vehicles.push({ vehicle, capacity: vehicle.approvedCapacity, plate: s.plate, drivers, reasons: s.reasons });
  }
  return { date, vehicles, excluded };
}
