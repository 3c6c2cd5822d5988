import { z } from 'zod';
import { ClockTime, clockToSeconds } from './calendar.js';
import { CountyId } from './county.js';
import { EntityId } from './entity-id.js';

/** School level: primary (小学), middle (初中) or nine-year (九年一贯制). */
export const SchoolLevel = z.enum(['primary', 'middle', 'nine_year']);
export type SchoolLevel = z.infer<typeof SchoolLevel>;

/** A primary or middle school with boarders. */
export const School = z.object({
  id: EntityId,
  countyId: CountyId,
  nameZh: z.string().min(1),
  level: SchoolLevel,
  townshipId: z.string().regex(/^\d{9}$/, 'must be a 9-digit township code'),
  /** The place where students board on Friday and alight on Sunday. */
  gatePlaceId: EntityId,
  /** Boarding students (住校生). */
  boarders: z.number().int().min(0),
  /** Whether the school runs a weekend shuttle today (18 of the county's 33 do). */
  runsShuttle: z.boolean(),
  /** `real` when the name is sourced, `synthetic` when made up for the dataset. */
  nameSource: z.enum(['real', 'synthetic']),
});
export type School = z.infer<typeof School>;

/** Direction of a weekend trip: `home` on Friday (school → villages), `return` on Sunday (villages → school). */
export const Direction = z.enum(['home', 'return']);
export type Direction = z.infer<typeof Direction>;

/**
 * A window the school allows for its weekend trips. For `home` it bounds the dismissal time (错时放学);
 * for `return` it bounds the arrival time at school, its `latest` being the deadline. `dayOffset` counts
 * days from the weekend's Friday (0 Friday, 2 Sunday), because the county staggers days as well as hours.
 */
export const SchoolWindow = z
  .object({
    schoolId: EntityId,
    countyId: CountyId,
    direction: Direction,
    dayOffset: z.number().int().min(-2).max(3),
    earliest: ClockTime,
    latest: ClockTime,
    /** 1 = the school's preferred window; larger = acceptable alternatives (a second day). */
    preference: z.number().int().min(1).max(9),
  })
  .refine((w) => clockToSeconds(w.earliest) <= clockToSeconds(w.latest), {
    message: 'earliest must not be after latest',
    path: ['latest'],
  });
export type SchoolWindow = z.infer<typeof SchoolWindow>;
