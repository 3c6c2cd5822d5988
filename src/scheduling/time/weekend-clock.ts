import { addDays, clockToSeconds, secondsToClock, type ClockTime, type IsoDate } from '../../domain/calendar.js';

/** Seconds in a day. */
export const DAY_S = 86_400;

/**
 * The county's offset from UTC in seconds. Every county served today is in China Standard Time
 * (Asia/Shanghai, UTC+8, no daylight saving since 1991), so a fixed offset is exact.
 */
export const LOCAL_OFFSET_S = 8 * 3600;

/** Weekend time in seconds after the Friday's local midnight of a clock time on day `dayOffset`. */
export function weekendSeconds(dayOffset: number, time: ClockTime): number {
  return dayOffset * DAY_S + clockToSeconds(time);
}

/** Day offset from the Friday of a weekend time (Sunday 15:00 → 2). */
export function dayOffsetOf(weekendS: number): number {
  return Math.floor(weekendS / DAY_S);
}

/** The service date of a weekend time. */
export function serviceDateOf(friday: IsoDate, weekendS: number): IsoDate {
  return addDays(friday, dayOffsetOf(weekendS));
}

/** Local clock `HH:MM` of a weekend time (rounded down to the minute). */
export function clockOf(weekendS: number): ClockTime {
  return secondsToClock(((weekendS % DAY_S) + DAY_S) % DAY_S);
}

/** Epoch milliseconds of a weekend time. */
export function epochMsOf(friday: IsoDate, weekendS: number): number {
  return Date.parse(`${friday}T00:00:00Z`) + (weekendS - LOCAL_OFFSET_S) * 1000;
}

/** ISO 8601 instant with the local offset (`2026-12-04T15:30:00+08:00`) of a weekend time. */
export function isoOf(friday: IsoDate, weekendS: number): string {
  const local = new Date(Date.parse(`${friday}T00:00:00Z`) + weekendS * 1000).toISOString().slice(0, 19);
  return `${local}+08:00`;
}

/** Weekend time of an epoch instant (the inverse of {@link epochMsOf}, whole seconds). */
export function weekendSecondsOfEpoch(friday: IsoDate, epochMs: number): number {
  return Math.round((epochMs - Date.parse(`${friday}T00:00:00Z`)) / 1000) + LOCAL_OFFSET_S;
}

/** A label for people: `Fri 15:30`, `Sun 09:05`. */
export function dayClockLabel(weekendS: number): string {
  const names = ['Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue'];
  return `${names[dayOffsetOf(weekendS) + 2] ?? `d${dayOffsetOf(weekendS)}`} ${clockOf(weekendS)}`;
}
