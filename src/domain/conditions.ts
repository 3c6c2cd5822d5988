import { z } from 'zod';
import { EntityId } from './entity-id.js';

/** Weather of a service day; anything but `clear` caps loaded speed at 20 km/h everywhere. */
export const Weather = z.enum(['clear', 'rain', 'fog', 'snow']);
export type Weather = z.infer<typeof Weather>;

/** A segment (road) or leg (water) closed from one time to another, e.g. by a landslide warning. */
export const ClosedLink = z.object({
  id: EntityId,
  reason: z.string().min(1).default('closed'),
  /** ISO 8601 with offset; null = from the start of the day. */
  from: z.iso.datetime({ offset: true }).nullable().default(null),
  /** ISO 8601 with offset; null = until further notice. */
  to: z.iso.datetime({ offset: true }).nullable().default(null),
});
export type ClosedLink = z.infer<typeof ClosedLink>;

/** What the network looks like on one service day. */
export const DayConditions = z.object({
  weather: Weather.default('clear'),
  closed: z.array(ClosedLink).default([]),
});
export type DayConditions = z.infer<typeof DayConditions>;
