import { z } from 'zod';

/** A calendar date `YYYY-MM-DD` that exists (2026-02-30 is rejected). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'must be a real calendar date');
export type IsoDate = z.infer<typeof IsoDate>;

/** A local clock time `HH:MM` (24 h). */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM (00:00-23:59)');
export type ClockTime = z.infer<typeof ClockTime>;

/** Seconds after local midnight for an `HH:MM` clock time. */
export function clockToSeconds(time: ClockTime): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 3600 + (m ?? 0) * 60;
}

/** `HH:MM` for seconds after midnight (wraps past 24 h, rounds down to the minute). */
export function secondsToClock(seconds: number): ClockTime {
  const minutes = Math.floor(seconds / 60);
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The date `days` after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** Day of week of a date, 0 = Sunday … 5 = Friday, 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
