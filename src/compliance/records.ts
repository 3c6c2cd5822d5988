import type { Inspection, Insurance, Plate, Rectification } from '../domain/compliance-records.js';
import { InvalidInput } from '../domain/errors.js';
import type { Driver, Vehicle } from '../domain/fleet.js';

/**
 * The records the compliance rules read: the subset of a county's records (`loadCountyRecords`)
 * that matters for who may carry students, narrow enough that a test can build it by hand.
 */
export interface ComplianceRecords {
  readonly vehicles: readonly Vehicle[];
  readonly drivers: readonly Driver[];
  readonly inspections: readonly Inspection[];
  readonly rectifications: readonly Rectification[];
  readonly insurance: readonly Insurance[];
  readonly plates: readonly Plate[];
}

/** How far ahead a status looks for things about to lapse. */
export interface StatusOptions {
  /** A record lapsing within this many days (its first invalid day ≤ date + N) makes the state `expiring`; default 30. */
  readonly expiringWithinDays?: number;
}

/** Default look-ahead window for `expiring`, in days. */
export const DEFAULT_EXPIRING_WITHIN_DAYS = 30;

/** The look-ahead of the options, validated. */
export function expiringWindowDays(options: StatusOptions | undefined): number {
  const days = options?.expiringWithinDays ?? DEFAULT_EXPIRING_WITHIN_DAYS;
  if (!Number.isInteger(days) || days < 0) throw new InvalidInput(`expiringWithinDays must be a whole number >= 0, got ${days}`, [{ field: 'expiringWithinDays', message: 'must be a whole number >= 0' }]);
  return days;
}
