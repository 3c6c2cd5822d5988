import { addDays, daysBetween, type IsoDate } from '../../domain/calendar.js';
import type { Insurance } from '../../domain/compliance-records.js';
import { reason, type Reason } from '../reasons/reason.js';

/** 校车安全管理条例 art. 14(5): a school-transport licence requires carrier-liability insurance (承运人责任保险). */
export const REQUIRED_INSURANCE_KIND = 'carrier_liability';

/**
 * The last day of unbroken cover that includes `date`, chaining policies that start no later than the
 * day after the previous one ends; `undefined` when no policy covers the date. Policies are valid
 * from `validFrom` through `validTo` inclusive.
 */
export function coveredThrough(policies: readonly Insurance[], date: IsoDate): IsoDate | undefined {
  let end: IsoDate | undefined;
  for (const p of policies) if (p.validFrom <= date && date <= p.validTo && (end === undefined || p.validTo > end)) end = p.validTo;
  if (end === undefined) return undefined;
  let extended = true;
  while (extended) {
    extended = false;
    const next: IsoDate = addDays(end, 1);
    for (const p of policies) {
      if (p.validFrom <= next && p.validTo > end) {
        end = p.validTo;
        extended = true;
      }
    }
  }
  return end;
}

/**
 * Reasons from a vehicle's carrier-liability policies on a date: missing or expired (blocking), or
 * lapsing within `windowDays`. A policy whose last day is the service date still covers it.
 */
export function insuranceReasons(policies: readonly Insurance[], date: IsoDate, windowDays: number): Reason[] {
  const relevant = policies.filter((p) => p.kind === REQUIRED_INSURANCE_KIND);
  const end = coveredThrough(relevant, date);
  if (end !== undefined) {
    return daysBetween(date, end) < windowDays ? [reason('insurance_expiring', { since: addDays(end, 1), until: end })] : [];
  }
  const lapsed = relevant.filter((p) => p.validTo < date).sort((a, b) => (a.validTo < b.validTo ? 1 : -1))[0];
  if (lapsed !== undefined) {
    return [reason('insurance_expired', { since: addDays(lapsed.validTo, 1), until: lapsed.validTo, recordId: lapsed.id, detail: lapsed.policyNo })];
  }
  const future = relevant.filter((p) => p.validFrom > date).sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))[0];
  return [reason('insurance_missing', future === undefined ? {} : { detail: future.validFrom, recordId: future.id })];
}
