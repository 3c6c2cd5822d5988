import { addDays, weekday, type IsoDate } from '../../domain/calendar.js';

/** Today's date in China Standard Time (UTC+8). */
export function todayInChina(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The weekend `npm start` plans: the next Friday on or after today, unless the dataset's demo Friday is
 * later (the demo data's compliance records are built around it). Says which, for the user.
 */
export function comingFriday(today: IsoDate, demoFriday: IsoDate | null): { friday: IsoDate; why: string } {
  const next = addDays(today, (5 - weekday(today) + 7) % 7);
  if (demoFriday !== null && demoFriday > next) return { friday: demoFriday, why: `the dataset's demo Friday (later than the next Friday, ${next})` };
  return { friday: next, why: `the next Friday on or after today (${today})` };
}
