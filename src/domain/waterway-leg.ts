import { z } from 'zod';
import { CountyId } from './county.js';
import { EntityId } from './entity-id.js';
import { LineStringGeometry } from './geo.js';
import { Closure } from './road-segment.js';

/** A boat leg on the reservoir between two places reachable by water (a pier and a landing). */
export const WaterwayLeg = z.object({
  id: EntityId,
  countyId: CountyId,
  name: z.string(),
  fromPlaceId: EntityId,
  toPlaceId: EntityId,
  geometry: LineStringGeometry,
  /** Sailing distance in metres. */
  lengthM: z.number().int().positive(),
  /** Permitted boat speed on this leg in km/h. */
  speedKmh: z.number().int().min(3).max(60),
  closure: Closure.nullable(),
});
export type WaterwayLeg = z.infer<typeof WaterwayLeg>;
