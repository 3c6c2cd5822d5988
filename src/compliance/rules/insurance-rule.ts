import { addDays, daysBetween, type IsoDate } from '../../domain/calendar.js';
import type { Insurance, InsuranceKind } from '../../domain/compliance-records.js';
import type { VehicleKind } from '../../domain/fleet.js';
import { reason, type Reason, type ReasonCode } from '../reasons/reason.js';

/**
 * Policies a vehicle must hold on a service date. 校车安全管理条例 art. 14(5): carrier-liability insurance
 * (承运人责任保险) for every school-transport vehicle. 机动车交通事故责任强制保险条例 art. 2 (and 道路交通安全法
 * art. 17): compulsory traffic insurance (交强险) for every motor vehicle on the road, so for buses, not boats.
 */
export const REQUIRED_INSURANCE: Readonly<Record<VehicleKind, readonly InsuranceKind[]>> = {
  bus: ['carrier_liability', 'compulsory_traffic'],
  boat: ['carrier_liability'],
};

/** The reason codes of each policy kind: missing, expired, expiring. */
const CODES = {
  carrier_liability: { missing: 'insurance_missing', expired: 'insurance_expired', expiring: 'insurance_expiring' },
  compulsory_traffic: { missing: 'traffic_insurance_missing', expired: 'traffic_insurance_expired', expiring: 'traffic_insurance_expiring' },
} as const satisfies Record<InsuranceKind, Record<'missing' | 'expired' | 'expiring', ReasonCode>>;

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

/** Reasons from the policies of one kind: missing or expired (blocking), or lapsing within `windowDays`. */
function kindReasons(kind: InsuranceKind, policies: readonly Insurance[], date: IsoDate, windowDays: number): Reason[] {
  const codes = CODES[kind];
  const relevant = policies.filter((p) => p.kind === kind);
  const end = coveredThrough(relevant, date);
  if (end !== undefined) {
    return daysBetween(date, end) < windowDays ? [reason(codes.expiring, { since: addDays(end, 1), until: end })] : [];
  }
  const lapsed = relevant.filter((p) => p.validTo < date).sort((a, b) => (a.validTo < b.validTo ? 1 : -1))[0];
  if (lapsed !== undefined) {
    return [reason(codes.expired, { since: addDays(lapsed.validTo, 1), until: lapsed.validTo, recordId: lapsed.id, detail: lapsed.policyNo })];
  }
  const future = relevant.filter((p) => p.validFrom > date).sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))[0];
  return [reason(codes.missing, future === undefined ? {} : { detail: future.validFrom, recordId: future.id })];
}

/**
 * Reasons from a vehicle's insurance on a date, for each policy kind its vehicle kind requires
 * (`REQUIRED_INSURANCE`). A policy whose last day is the service date still covers it.
 */
export function insuranceReasons(policies: readonly Insurance[], date: IsoDate, windowDays: number, vehicleKind: VehicleKind): Reason[] {
  return REQUIRED_INSURANCE[vehicleKind].flatMap((kind) => kindReasons(kind, policies, date, windowDays));
}
