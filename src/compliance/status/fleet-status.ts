import type { IsoDate } from '../../domain/calendar.js';
import { expiringWindowDays, type ComplianceRecords, type StatusOptions } from '../records.js';
import type { ComplianceState } from './compliance-state.js';
import type { DriverCompliance } from './driver-status.js';
import { indexRecords } from './records-index.js';
import { driverStates, evaluateVehicle, type VehicleCompliance } from './vehicle-status.js';

/** The whole fleet's standing on a date. */
export interface FleetStatus {
  readonly date: IsoDate;
  readonly expiringWithinDays: number;
  readonly vehicles: readonly VehicleCompliance[];
  readonly drivers: readonly DriverCompliance[];
  /** How many vehicles and drivers are in each state. */
  readonly counts: {
    readonly vehicles: Readonly<Record<ComplianceState, number>>;
    readonly drivers: Readonly<Record<ComplianceState, number>>;
  };
}

function countStates(rows: readonly { state: ComplianceState }[]): Record<ComplianceState, number> {
  const counts: Record<ComplianceState, number> = { compliant: 0, expiring: 0, non_compliant: 0 };
  for (const r of rows) counts[r.state] += 1;
  return counts;
}

/** Every vehicle's and driver's status on a date, in record order. */
export function fleetStatus(records: ComplianceRecords, date: IsoDate, options?: StatusOptions): FleetStatus {
  const windowDays = expiringWindowDays(options);
  const index = indexRecords(records);
  const states = driverStates(records.drivers, date, windowDays);
  const vehicles = records.vehicles.map((v) => evaluateVehicle(index, v, date, windowDays, states));
  const drivers = [...states.values()];
  return { date, expiringWithinDays: windowDays, vehicles, drivers, counts: { vehicles: countStates(vehicles), drivers: countStates(drivers) } };
}
