import { z } from 'zod';
import { ClockTime } from '../../domain/calendar.js';
import { EntityId } from '../../domain/entity-id.js';
import { Direction, SchoolLevel, type School, type SchoolWindow } from '../../domain/school.js';
import { QueryBoolean, listOf } from './common.schemas.js';

/** A school as lists show it. */
export const SchoolOut = z
  .object({
    id: EntityId,
    nameZh: z.string(),
    level: SchoolLevel,
    townshipId: z.string(),
    gatePlaceId: EntityId,
    boarders: z.number().int().min(0).meta({ description: 'boarding students (住校生)' }),
    runsShuttle: z.boolean(),
    nameSource: z.enum(['real', 'synthetic']),
  })
  .meta({ id: 'School' });
export type SchoolOut = z.infer<typeof SchoolOut>;

/** A dismissal (home) or arrival (return) window of a school, local time, days from the weekend's Friday. */
export const SchoolWindowOut = z
  .object({ direction: Direction, dayOffset: z.number().int(), earliest: ClockTime, latest: ClockTime, preference: z.number().int() })
  .meta({ id: 'SchoolWindow' });

/** A school with its gate position and its windows. */
export const SchoolDetail = SchoolOut.extend({
  gate: z.object({ lon: z.number(), lat: z.number(), nameZh: z.string() }).nullable(),
  windows: z.array(SchoolWindowOut),
}).meta({ id: 'SchoolDetail' });

/** `{ items: School[] }`. */
export const SchoolList = listOf(SchoolOut, 'SchoolList');

/** `GET /schools` filters. */
export const SchoolQuery = z.strictObject({
  township: z.string().regex(/^\d{9}$/, 'must be a 9-digit township code').optional(),
  runsShuttle: QueryBoolean.optional().meta({ description: '`true`: only schools that run a weekend shuttle today' }),
});

/** Maps a domain school to its API shape. */
export function schoolOut(s: School): SchoolOut {
  return {
    id: s.id, nameZh: s.nameZh, level: s.level, townshipId: s.townshipId, gatePlaceId: s.gatePlaceId,
    boarders: s.boarders, runsShuttle: s.runsShuttle, nameSource: s.nameSource,
  };
}

/** Maps a domain window to its API shape. */
export function windowOut(w: SchoolWindow): z.infer<typeof SchoolWindowOut> {
  return { direction: w.direction, dayOffset: w.dayOffset, earliest: w.earliest, latest: w.latest, preference: w.preference };
}
