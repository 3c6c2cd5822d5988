import { z } from 'zod';

/** Longitude in WGS84 degrees. */
export const Longitude = z.number().min(-180).max(180);
/** Latitude in WGS84 degrees. */
export const Latitude = z.number().min(-90).max(90);

/** A WGS84 position `[lon, lat]`. */
export const Position = z.tuple([Longitude, Latitude]);
export type Position = z.infer<typeof Position>;

/** A GeoJSON LineString geometry with at least two positions. */
export const LineStringGeometry = z.object({
  type: z.literal('LineString'),
  coordinates: z.array(Position).min(2, 'a line needs at least two positions'),
});
export type LineStringGeometry = z.infer<typeof LineStringGeometry>;

const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres between two WGS84 positions (haversine). */
export function haversineM(a: Position, b: Position): number {
  const toRad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * toRad;
  const dLon = (b[0] - a[0]) * toRad;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * toRad) * Math.cos(b[1] * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(s)));
}

/** Length in metres of a polyline of WGS84 positions. */
export function polylineLengthM(coordinates: readonly Position[]): number {
  let total = 0;
  for (let i = 1; i < coordinates.length; i++) {
    total += haversineM(coordinates[i - 1] as Position, coordinates[i] as Position);
  }
  return total;
}
