import { type IsoDate } from '../../domain/calendar.js';

function parts(date: IsoDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same calendar day `months` later (earlier when negative). A day the target month lacks becomes
 * that month's last day: 民法典 art. 201 ("没有对应日的，月末日为期间的最后一日"), so 2026-08-31 + 6 months
 * is 2027-02-28 and a 29 February anniversary falls on 28 February in common years.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The anniversary `years` after `date` (29 February → 28 February in common years). */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, 12 * years);
}

/**
 * Whole years completed from `from` to `on` (周岁 for a birth date): the count goes up on the
 * anniversary itself, so a driver born 2001-12-04 is 25 on 2026-12-04.
 */
export function completedYears(from: IsoDate, on: IsoDate): number {
  if (on < from) return -1;
  const years = parts(on)[0] - parts(from)[0];
  return addYears(from, years) <= on ? years : years - 1;
}
