import { z } from 'zod';
import { EntityId } from '../../domain/entity-id.js';
import { Closure, RoadClass, RoadHazards, type RoadSegment } from '../../domain/road-segment.js';
import type { WaterwayLeg } from '../../domain/waterway-leg.js';
import { featureCollectionOf, featureOf, LineGeometry } from './geojson.schemas.js';

const HAZARD_NAMES = RoadHazards.keyof().options;

/** Properties of a network feature: a road segment or a waterway leg, styled by `class` and `hazards`. */
export const NetworkProperties = z.object({
  id: EntityId,
  layer: z.enum(['road', 'waterway']),
  name: z.string(),
  class: z.union([RoadClass, z.literal('waterway')]).meta({ description: 'road class, or `waterway` for a boat leg' }),
  lengthM: z.number().int().positive(),
  speedKmh: z.number().int().meta({ description: 'posted speed (road) or permitted boat speed (waterway), km/h' }),
  technicalGrade: z.number().int().nullable().meta({ description: '0 expressway … 5 substandard (JTG B01); null on water' }),
  hazards: z.array(RoadHazards.keyof()).meta({ description: 'hazard flags set on this section (临崖 cliffSide, 临水 waterSide, …)' }),
  oneway: z.boolean(),
  fromPlaceId: EntityId.nullable().meta({ description: 'waterway legs: the place they start from' }),
  toPlaceId: EntityId.nullable(),
  closure: Closure.nullable(),
});

/** One network section as a GeoJSON LineString feature. */
export const NetworkFeature = featureOf(LineGeometry, NetworkProperties).meta({ id: 'NetworkFeature' });
export type NetworkFeature = z.infer<typeof NetworkFeature>;

/** Roads and waterways as one GeoJSON FeatureCollection. */
export const NetworkCollection = featureCollectionOf(NetworkFeature).meta({ id: 'NetworkCollection' });

/** `GET /network` filters. */
export const NetworkQuery = z.strictObject({
  layer: z.enum(['road', 'waterway']).optional().meta({ description: 'only roads or only waterways' }),
});

/** Maps a road segment to its feature. */
export function roadFeature(s: RoadSegment): NetworkFeature {
  return {
    type: 'Feature', id: s.id, geometry: s.geometry,
    properties: {
      id: s.id, layer: 'road', name: s.name, class: s.roadClass, lengthM: s.lengthM, speedKmh: s.postedSpeedKmh, technicalGrade: s.technicalGrade,
      hazards: HAZARD_NAMES.filter((h) => s.hazards[h]), oneway: s.oneway, fromPlaceId: null, toPlaceId: null, closure: s.closure,
    },
  };
}

/** Maps a waterway leg to its feature. */
export function waterwayFeature(w: WaterwayLeg): NetworkFeature {
  return {
    type: 'Feature', id: w.id, geometry: w.geometry,
    properties: {
      id: w.id, layer: 'waterway', name: w.name, class: 'waterway', lengthM: w.lengthM, speedKmh: w.speedKmh, technicalGrade: null,
      hazards: [], oneway: false, fromPlaceId: w.fromPlaceId, toPlaceId: w.toPlaceId, closure: w.closure,
    },
  };
}
