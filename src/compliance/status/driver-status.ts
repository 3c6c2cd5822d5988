import type { IsoDate } from '../../domain/calendar.js';
import { NotFound } from '../../domain/errors.js';
import type { Driver, LicenceClass } from '../../domain/fleet.js';
import type { Reason } from '../reasons/reason.js';
import { expiringWindowDays, type ComplianceRecords, type StatusOptions } from '../records.js';
import { driverReasons } from '../rules/driver-rule.js';
import { stateOf, type ComplianceState } from './compliance-state.js';

/** A driver's standing on a date, with every reason. */
export interface DriverCompliance {
  readonly driverId: string;
  readonly operatorId: string;
  readonly displayName: string;
  readonly licenceClass: LicenceClass;
  readonly state: ComplianceState;
  readonly reasons: readonly Reason[];
}

/** Evaluates one driver on a date (the look-ahead window already resolved). */
export function evaluateDriver(driver: Driver, date: IsoDate, windowDays: number): DriverCompliance {
  const reasons = driverReasons(driver, date, windowDays);
  return {
    driverId: driver.id, operatorId: driver.operatorId, displayName: driver.displayName, licenceClass: driver.licenceClass,
    state: stateOf(reasons), reasons,
  };
}

/**
 * Whether a driver may drive school transport on a date, and why not: endorsement, age 25–60, 3 years
 * of driving (校车安全管理条例 art. 23). Throws `NotFound` for an unknown driver.
 */
export function driverStatus(records: ComplianceRecords, driverId: string, date: IsoDate, options?: StatusOptions): DriverCompliance {
  const driver = records.drivers.find((d) => d.id === driverId);
  if (driver === undefined) throw new NotFound(`compliance: driver ${driverId} not found`);
  return evaluateDriver(driver, date, expiringWindowDays(options));
}
