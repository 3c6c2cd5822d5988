import { z } from 'zod';
import { EntityId } from '../../domain/entity-id.js';
import { PlaceAccess, PlaceKind, type Place } from '../../domain/place.js';
import { featureCollectionOf, featureOf, PointGeometry } from './geojson.schemas.js';

const TownshipCode = z.string().regex(/^\d{9}$/, 'must be a 9-digit township code');

/** Properties of a place feature. */
export const PlaceProperties = z.object({
  id: EntityId,
  kind: PlaceKind,
  nameZh: z.string(),
  townshipId: TownshipCode,
  access: PlaceAccess,
  villageCode: z.string().nullable(),
});

/** A place as a GeoJSON Point feature. */
export const PlaceFeature = featureOf(PointGeometry, PlaceProperties).meta({ id: 'PlaceFeature' });
export type PlaceFeature = z.infer<typeof PlaceFeature>;

/** Places as a GeoJSON FeatureCollection. */
export const PlaceCollection = featureCollectionOf(PlaceFeature).meta({ id: 'PlaceCollection' });

/** `GET /places` filters. */
export const PlaceQuery = z.strictObject({
  kind: PlaceKind.optional().meta({ description: 'only places of this kind' }),
  township: TownshipCode.optional().meta({ description: 'only places in this township (9-digit code)' }),
});

/** Maps a domain place to its feature. */
export function placeFeature(p: Place): PlaceFeature {
  return {
    type: 'Feature',
    id: p.id,
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    properties: { id: p.id, kind: p.kind, nameZh: p.nameZh, townshipId: p.townshipId, access: p.access, villageCode: p.villageCode },
  };
}
