import { z } from 'zod';
import { CountyId } from './county.js';
import { Latitude, Longitude } from './geo.js';

/** A township, town or subdistrict (乡/镇/街道) with its official 9-digit code and seat point. */
export const Township = z.object({
  /** Official statistics code, e.g. `331123104` for 金竹镇. */
  id: z.string().regex(/^\d{9}$/, 'must be a 9-digit township code'),
  countyId: CountyId,
  nameZh: z.string().min(1),
  namePinyin: z.string().min(1),
  /** WGS84 position of the township seat. */
  lon: Longitude,
  lat: Latitude,
});
export type Township = z.infer<typeof Township>;
