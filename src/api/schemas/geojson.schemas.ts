import { z } from 'zod';
import { LineStringGeometry, Position } from '../../domain/geo.js';

/** A GeoJSON Point (RFC 7946), `[lon, lat]` in WGS84 degrees. */
export const PointGeometry = z.object({ type: z.literal('Point'), coordinates: Position }).meta({ id: 'PointGeometry' });

/** A GeoJSON LineString (RFC 7946), WGS84. */
export const LineGeometry = LineStringGeometry.meta({ id: 'LineStringGeometry' });

/** A GeoJSON Feature with an id, a geometry schema and a properties schema. */
export function featureOf<G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) {
  return z.object({ type: z.literal('Feature'), id: z.string(), geometry, properties });
}

/** A GeoJSON FeatureCollection of one feature schema. */
export function featureCollectionOf<F extends z.ZodType>(feature: F) {
  return z.object({ type: z.literal('FeatureCollection'), features: z.array(feature) });
}

/** Media type of GeoJSON responses (RFC 7946 §12). */
export const GEOJSON = 'application/geo+json';
