import type { IsoDate } from '../../domain/calendar.js';
import type { Driver, Vehicle } from '../../domain/fleet.js';
import { reason, type Reason } from '../reasons/reason.js';
import type { ComplianceRecords } from '../records.js';
import { driverReasons } from '../rules/driver-rule.js';
import { inspectionReasons, inspectionValidThrough, latestInspection } from '../rules/inspection-rule.js';
import { insuranceReasons } from '../rules/insurance-rule.js';
import { licencePermits } from '../rules/licence-class-rule.js';
import { rectificationReasons } from '../rules/rectification-rule.js';

/** What a plate would grant: vehicle, driver, number and validity (inclusive). */
export interface PlateGrant {
  readonly vehicle: Vehicle;
  readonly driver: Driver;
  readonly plateNo: string;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate;
  /** The plate being renewed or reinstated, left out of the overlap and number checks. */
  readonly plateId?: string;
}

/** Reasons that stop the vehicle itself from holding a plate from `grant.validFrom`. */
function vehicleBlockers(records: ComplianceRecords, grant: PlateGrant): Reason[] {
  const { vehicle, validFrom: date } = grant;
  const inspections = records.inspections.filter((i) => i.vehicleId === vehicle.id);
  const out: Reason[] = [];
  if (vehicle.status !== 'active') out.push(reason(vehicle.status === 'retired' ? 'vehicle_retired' : 'vehicle_out_of_service', { recordId: vehicle.id }));
  out.push(...inspectionReasons(inspections, date, 0));
  const byId = new Map(inspections.map((i) => [i.id, i]));
  out.push(...rectificationReasons(records.rectifications.filter((r) => r.vehicleId === vehicle.id), byId, date));
  out.push(...insuranceReasons(records.insurance.filter((i) => i.vehicleId === vehicle.id), date, 0, vehicle.kind));
  // 机动车登记规定 ch. 4 (校车标牌核发): 校车标牌有效期的截止日期不得超过校车安全技术检验有效期的截止日期.
  const latest = latestInspection(inspections, date);
  if (latest?.passed === true) {
    const through = inspectionValidThrough(latest.inspectedOn);
    if (through >= date && grant.validTo > through) out.push(reason('plate_outlasts_inspection', { until: through, recordId: latest.id }));
  }
  return out;
}

/** Reasons a driver may not be named on a plate of the vehicle from a date (art. 23, operator, licence class). */
export function plateDriverBlockers(driver: Driver, vehicle: Vehicle, date: IsoDate): Reason[] {
  const out = driverReasons(driver, date, 0).filter((r) => r.severity === 'blocking');
  if (driver.operatorId !== vehicle.operatorId) out.push(reason('driver_wrong_operator', { recordId: driver.id }));
  if (!licencePermits(driver.licenceClass, vehicle)) {
    out.push(reason('driver_licence_mismatch', { recordId: driver.id, detail: `${driver.licenceClass}, ${vehicle.approvedCapacity} seats ${vehicle.kind}` }));
  }
  return out;
}

/** Reasons from other plates: an overlapping live plate of the same vehicle, or the number in use. */
function plateConflicts(records: ComplianceRecords, grant: PlateGrant): Reason[] {
  const out: Reason[] = [];
  const others = records.plates.filter((p) => p.id !== grant.plateId);
  const overlapping = others.find((p) => p.vehicleId === grant.vehicle.id && p.status !== 'revoked' && p.validFrom <= grant.validTo && grant.validFrom <= p.validTo);
  if (overlapping !== undefined) out.push(reason('plate_already_active', { recordId: overlapping.id, detail: overlapping.plateNo }));
  const sameNo = others.find((p) => p.plateNo === grant.plateNo && p.countyId === grant.vehicle.countyId);
  if (sameNo !== undefined) out.push(reason('plate_number_taken', { recordId: sameNo.id, detail: grant.plateNo }));
  return out;
}

/**
 * Every reason a plate may not be granted (校车安全管理条例 art. 14, 16, 23): the vehicle needs a passed
 * inspection still valid on the first day, no open rectification, carrier-liability insurance, no
 * other live plate; the driver must be eligible, of the same operator and hold the licence class; the
 * plate may not outlast the inspection. Empty means it may be granted.
 */
export function plateBlockers(records: ComplianceRecords, grant: PlateGrant): Reason[] {
  return [...vehicleBlockers(records, grant), ...plateDriverBlockers(grant.driver, grant.vehicle, grant.validFrom), ...plateConflicts(records, grant)];
}
