import type { IsoDate } from '../../domain/calendar.js';
import type { Plate } from '../../domain/compliance-records.js';
import { NotFound } from '../../domain/errors.js';
import type { Driver, Vehicle, VehicleKind } from '../../domain/fleet.js';
import { reason, type Reason } from '../reasons/reason.js';
import { expiringWindowDays, type ComplianceRecords, type StatusOptions } from '../records.js';
import { inspectionReasons } from '../rules/inspection-rule.js';
import { insuranceReasons } from '../rules/insurance-rule.js';
import { licencePermits } from '../rules/licence-class-rule.js';
import { currentPlate, plateReasons } from '../rules/plate-rule.js';
import { rectificationReasons } from '../rules/rectification-rule.js';
import { stateOf, type ComplianceState } from './compliance-state.js';
import { evaluateDriver, type DriverCompliance } from './driver-status.js';
import { indexRecords, type RecordsIndex } from './records-index.js';

/** A vehicle's standing on a date: state, every reason, its current plate and who may drive it. */
export interface VehicleCompliance {
  readonly vehicleId: string;
  readonly operatorId: string;
  readonly registrationNo: string;
  readonly kind: VehicleKind;
  /** 核载人数: the approved capacity, the only capacity the scheduler may use. */
  readonly approvedCapacity: number;
  readonly state: ComplianceState;
  readonly reasons: readonly Reason[];
  /** The plate that allows it on the date, if any. */
  readonly plate: Plate | null;
  /** Drivers who may drive it on the date: the plate's driver first, then others of its operator by id. */
  readonly eligibleDriverIds: readonly string[];
}

/** Reasons that come from the vehicle record itself. */
function vehicleRecordReasons(vehicle: Vehicle): Reason[] {
  if (vehicle.status === 'out_of_service') return [reason('vehicle_out_of_service', { recordId: vehicle.id })];
  if (vehicle.status === 'retired') return [reason('vehicle_retired', { recordId: vehicle.id })];
  return [];
}

/**
 * Drivers of the vehicle's operator who may drive it on the date: not blocked themselves, and holding
 * a licence class that permits the vehicle. The plate's driver comes first (校车安全管理条例 art. 16:
 * the plate names the driver); the others are substitutes the operator must register.
 */
export function eligibleDrivers(vehicle: Vehicle, plate: Plate | undefined, operatorDrivers: readonly Driver[], driverStates: ReadonlyMap<string, DriverCompliance>): Driver[] {
  const ok = operatorDrivers.filter((d) => driverStates.get(d.id)?.state !== 'non_compliant' && licencePermits(d.licenceClass, vehicle));
  ok.sort((a, b) => (a.id === plate?.driverId ? -1 : b.id === plate?.driverId ? 1 : a.id.localeCompare(b.id)));
  return ok;
}

/**
 * Reasons about who drives. The plate names its driver (校车安全管理条例 art. 16); a change of driver
 * means changing the plate, so a plate whose driver may not drive blocks the vehicle even when a
 * colleague could. With no plate driver at fault, `no_eligible_driver` says nobody could drive it.
 */
function driverPairingReasons(vehicle: Vehicle, plate: Plate | undefined, eligible: readonly Driver[], index: RecordsIndex, driverStates: ReadonlyMap<string, DriverCompliance>): Reason[] {
  const out: Reason[] = [];
  if (plate !== undefined && !eligible.some((d) => d.id === plate.driverId)) {
    const driver = index.drivers.get(plate.driverId);
    const why = driver === undefined ? 'unknown driver'
      : driver.operatorId !== vehicle.operatorId ? 'other operator'
      : !licencePermits(driver.licenceClass, vehicle) ? `licence ${driver.licenceClass}`
      : (driverStates.get(driver.id)?.reasons ?? []).filter((r) => r.severity === 'blocking').map((r) => r.code).join(', ');
    out.push(reason('plate_driver_ineligible', { recordId: plate.driverId, detail: `${driver?.displayName ?? plate.driverId}: ${why}` }));
  }
  if (eligible.length === 0 && out.length === 0) out.push(reason('no_eligible_driver'));
  return out;
}

/** Evaluates one vehicle with an index and the drivers' states already computed. */
export function evaluateVehicle(index: RecordsIndex, vehicle: Vehicle, date: IsoDate, windowDays: number, driverStates: ReadonlyMap<string, DriverCompliance>): VehicleCompliance {
  const plates = index.platesByVehicle.get(vehicle.id) ?? [];
  const plate = currentPlate(plates, date);
  const eligible = eligibleDrivers(vehicle, plate, index.driversByOperator.get(vehicle.operatorId) ?? [], driverStates);
  const reasons = [
    ...vehicleRecordReasons(vehicle),
    ...inspectionReasons(index.inspectionsByVehicle.get(vehicle.id) ?? [], date, windowDays),
    ...rectificationReasons(index.rectificationsByVehicle.get(vehicle.id) ?? [], index.inspectionsById, date),
    ...insuranceReasons(index.insuranceByVehicle.get(vehicle.id) ?? [], date, windowDays, vehicle.kind),
    ...plateReasons(plates, date, windowDays),
    ...driverPairingReasons(vehicle, plate, eligible, index, driverStates),
  ];
  return {
    vehicleId: vehicle.id, operatorId: vehicle.operatorId, registrationNo: vehicle.registrationNo, kind: vehicle.kind,
    approvedCapacity: vehicle.approvedCapacity, state: stateOf(reasons), reasons, plate: plate ?? null, eligibleDriverIds: eligible.map((d) => d.id),
  };
}

/** Every driver's state on a date, by id. */
export function driverStates(drivers: readonly Driver[], date: IsoDate, windowDays: number): Map<string, DriverCompliance> {
  return new Map(drivers.map((d) => [d.id, evaluateDriver(d, date, windowDays)]));
}

/**
 * Whether a vehicle may carry students on a date, and every reason why not: its own status, a passed
 * inspection under 6 months old, no open rectification, carrier-liability insurance, an active plate,
 * and an eligible driver. Throws `NotFound` for an unknown vehicle.
 */
export function vehicleStatus(records: ComplianceRecords, vehicleId: string, date: IsoDate, options?: StatusOptions): VehicleCompliance {
  const index = indexRecords(records);
  const vehicle = index.vehicles.get(vehicleId);
  if (vehicle === undefined) throw new NotFound(`compliance: vehicle ${vehicleId} not found`);
  const windowDays = expiringWindowDays(options);
  const operatorDrivers = index.driversByOperator.get(vehicle.operatorId) ?? [];
  return evaluateVehicle(index, vehicle, date, windowDays, driverStates(operatorDrivers, date, windowDays));
}
