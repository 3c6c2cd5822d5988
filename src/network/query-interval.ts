import { z } from 'zod';
import { InvalidInput } from '../domain/errors.js';

/**
 * When a matrix is asked for: an instant (ISO datetime with offset), a whole local day
 * (`YYYY-MM-DD`, read in China Standard Time, UTC+8, which has no daylight saving), or an interval.
 */
export const QueryTime = z.union([
  z.iso.datetime({ offset: true }),
  z.iso.date(),
  z.object({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) }),
]);
export type QueryTime = z.infer<typeof QueryTime>;

/** A closed interval of epoch milliseconds; an instant has `fromMs === toMs`. */
export interface QueryInterval {
  readonly fromMs: number;
  readonly toMs: number;
}

/** The interval meaning "any time": every closure counts. */
export const ANY_TIME: QueryInterval = { fromMs: -Infinity, toMs: Infinity };

const DAY_MS = 86_400_000;

/** Turns a query time into an interval of epoch ms; `undefined` means any time. */
export function queryIntervalOf(at: QueryTime | undefined): QueryInterval {
  if (at === undefined) return ANY_TIME;
  if (typeof at !== 'string') {
    const fromMs = Date.parse(at.from);
    const toMs = Date.parse(at.to);
    if (toMs < fromMs) throw new InvalidInput('network: at.to must not be before at.from', [{ field: 'at.to', message: 'before at.from' }]);
    return { fromMs, toMs };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) {
    const fromMs = Date.parse(`${at}T00:00:00+08:00`);
    return { fromMs, toMs: fromMs + DAY_MS - 1 };
  }
  const t = Date.parse(at);
  return { fromMs: t, toMs: t };
}

/**
 * Whether a closure from `from` (null = since ever) until `to` (null = until further notice, exclusive)
 * covers any moment of the interval.
 */
export function closureCovers(from: string | null, to: string | null, interval: QueryInterval): boolean {
  const startMs = from === null ? -Infinity : Date.parse(from);
  const endMs = to === null ? Infinity : Date.parse(to);
  return startMs <= interval.toMs && endMs > interval.fromMs;
}
