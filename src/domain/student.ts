import { z } from 'zod';
import { CountyId } from './county.js';
import { EntityId } from './entity-id.js';

/**
 * A boarding student, known only by an anonymous id: no name, no identity number, no exact address.
 * The home place is the village stop where the student boards on Sunday and alights on Friday.
 */
export const Student = z.object({
  id: EntityId,
  countyId: CountyId,
  schoolId: EntityId,
  /** 1–6 primary, 7–9 middle school. */
  grade: z.number().int().min(1).max(9),
  homePlaceId: EntityId,
  /** Lives too far to walk home: needs a weekend ride. */
  needsRide: z.boolean(),
  /** Rides today's weekend shuttle. */
  currentlyRides: z.boolean(),
});
export type Student = z.infer<typeof Student>;
