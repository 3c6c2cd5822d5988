import { addDays, daysBetween, type IsoDate } from '../../domain/calendar.js';
import type { Driver } from '../../domain/fleet.js';
import { addYears } from '../dates/add-months.js';
import { reason, type Reason } from '../reasons/reason.js';

/**
 * 校车安全管理条例 art. 23(1): a school-transport driver holds the licence class for the vehicle, has
 * at least 3 years of driving, and is aged 25 or over and not over 60 (25周岁以上、不超过60周岁).
 */
export const DRIVER_RULES = { minAgeYears: 25, maxAgeYears: 60, minDrivingYears: 3 } as const;

/** The first day a driver is old enough: the 25th birthday (29 February → 28 February in common years). */
export function firstAllowedDay(birthDate: IsoDate): IsoDate {
  return addYears(birthDate, DRIVER_RULES.minAgeYears);
}

/** The last day a driver is young enough: the day before the 61st birthday (age 60 is the last allowed year). */
export function lastAllowedDay(birthDate: IsoDate): IsoDate {
  return addDays(addYears(birthDate, DRIVER_RULES.maxAgeYears + 1), -1);
}

/** The first day a driver has 3 years of driving: the 3rd anniversary of the licence. */
export function experiencedFrom(licensedSince: IsoDate): IsoDate {
  return addYears(licensedSince, DRIVER_RULES.minDrivingYears);
}

/**
 * Reasons a driver may not drive school transport on a date (endorsement, age, experience), plus
 * `driver_age_limit_near` when the last allowed day falls within `windowDays`.
 */
export function driverReasons(driver: Driver, date: IsoDate, windowDays: number): Reason[] {
  const out: Reason[] = [];
  // 校车安全管理条例 art. 24: the endorsement (准许驾驶校车) is written on the licence.
  if (!driver.schoolTransportEndorsed) out.push(reason('driver_not_endorsed', { recordId: driver.id }));
  const from = firstAllowedDay(driver.birthDate);
  const last = lastAllowedDay(driver.birthDate);
  if (date < from) out.push(reason('driver_too_young', { until: addDays(from, -1), detail: from, recordId: driver.id }));
  else if (date > last) out.push(reason('driver_too_old', { since: addDays(last, 1), recordId: driver.id }));
  else if (daysBetween(date, last) < windowDays) out.push(reason('driver_age_limit_near', { since: addDays(last, 1), until: last, recordId: driver.id }));
  const experienced = experiencedFrom(driver.licensedSince);
  if (date < experienced) out.push(reason('driver_inexperienced', { until: addDays(experienced, -1), detail: experienced, recordId: driver.id }));
  return out;
}
