import { addDays, daysBetween, type IsoDate } from '../../domain/calendar.js';
import type { Inspection } from '../../domain/compliance-records.js';
import { addMonths } from '../dates/add-months.js';
import { reason, type Reason } from '../reasons/reason.js';

/** 校车安全管理条例 ch. 3: "校车应当每半年进行一次机动车安全技术检验" — school transport is inspected every half year. */
export const INSPECTION_VALIDITY_MONTHS = 6;

/**
 * The last day an inspection covers: the day before the same calendar day six months later (month
 * ends clamp, 民法典 art. 201). On the day it turns six months old it no longer covers: a half-yearly
 * inspection must be repeated by then. Inspected 2026-06-04 → valid through 2026-12-03.
 */
export function inspectionValidThrough(inspectedOn: IsoDate): IsoDate {
  return addDays(addMonths(inspectedOn, INSPECTION_VALIDITY_MONTHS), -1);
}

/**
 * The inspection that speaks for a vehicle on a date: the latest one on or before it. When two share
 * that day, a failed one wins (the stricter reading).
 */
export function latestInspection(inspections: readonly Inspection[], date: IsoDate): Inspection | undefined {
  let best: Inspection | undefined;
  for (const i of inspections) {
    if (i.inspectedOn > date) continue;
    if (best === undefined || i.inspectedOn > best.inspectedOn || (i.inspectedOn === best.inspectedOn && !i.passed)) best = i;
  }
  return best;
}

/**
 * Reasons from a vehicle's inspections on a date: missing, failed, expired (blocking) or expiring
 * within `windowDays` (its first uncovered day is at most `date + windowDays`).
 */
export function inspectionReasons(inspections: readonly Inspection[], date: IsoDate, windowDays: number): Reason[] {
  const latest = latestInspection(inspections, date);
  if (latest === undefined) return [reason('inspection_missing')];
  if (!latest.passed) return [reason('inspection_failed', { since: latest.inspectedOn, recordId: latest.id, detail: latest.note })];
  const validThrough = inspectionValidThrough(latest.inspectedOn);
  if (validThrough < date) {
    return [reason('inspection_expired', { since: addDays(validThrough, 1), until: validThrough, recordId: latest.id })];
  }
  if (daysBetween(date, validThrough) < windowDays) {
    return [reason('inspection_expiring', { since: addDays(validThrough, 1), until: validThrough, recordId: latest.id })];
  }
  return [];
}
