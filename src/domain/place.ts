import { z } from 'zod';
import { CountyId } from './county.js';
import { EntityId } from './entity-id.js';
import { Latitude, Longitude } from './geo.js';

/** What a place is: where students board or alight, where vehicles start, where boats land. */
export const PlaceKind = z.enum(['village_stop', 'school_gate', 'pier', 'depot', 'bus_station']);
export type PlaceKind = z.infer<typeof PlaceKind>;

/** How a place can be reached: by road, only by water (reservoir villages), or both (a pier). */
export const PlaceAccess = z.enum(['road', 'water', 'both']);
export type PlaceAccess = z.infer<typeof PlaceAccess>;

/** A named point on the network. */
export const Place = z.object({
  id: EntityId,
  countyId: CountyId,
  kind: PlaceKind,
  nameZh: z.string().min(1),
  townshipId: z.string().regex(/^\d{9}$/, 'must be a 9-digit township code'),
  lon: Longitude,
  lat: Latitude,
  access: PlaceAccess,
  /** 12-digit village code (NBS 2016) when the place is a village stop of a listed village. */
  villageCode: z.string().regex(/^\d{12}$/, 'must be a 12-digit village code').nullable(),
});
export type Place = z.infer<typeof Place>;
