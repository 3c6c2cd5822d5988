import { addDays, type IsoDate } from '../../src/domain/calendar.js';
import type { Random } from './random.js';

/** The same calendar day `years` later (29 February becomes 28 February). */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split('-');
  const day = m === '02' && d === '29' ? '28' : d;
  return `${Number(y) + years}-${m}-${day}`;
}

/** A one-year term: from `validFrom` through the day before its anniversary. */
export function oneYearFrom(validFrom: IsoDate): { validFrom: IsoDate; validTo: IsoDate } {
  return { validFrom, validTo: addDays(addYears(validFrom, 1), -1) };
}

/** Where a current one-year term stands on the demo Friday. */
export type TermState = 'current' | 'expired' | 'expiringSoon';

/**
 * The current term's start, relative to the demo Friday: `current` ends 35–330 days after it, `expiringSoon`
 * 5–28 days after (inside the 30-day warning), `expired` ended 5–30 days before.
 */
export function currentTermStart(demo: IsoDate, state: TermState, random: Random): IsoDate {
  const endOffset = state === 'current' ? random.int(35, 330) : state === 'expiringSoon' ? random.int(5, 28) : -random.int(5, 30);
  return addDays(addYears(addDays(demo, endOffset), -1), 1);
}
