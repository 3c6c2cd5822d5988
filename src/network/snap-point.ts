import { nearestPointOnLine } from '@turf/nearest-point-on-line';
import { length as turfLength } from '@turf/length';
import type { Position } from '../domain/geo.js';
import type { SegmentGrid } from './segment-grid.js';

/** Where a point lands on a line: which line, how far along, and how far off. */
export interface SnapHit {
  /** Index of the line in the grid's list. */
  readonly line: number;
  /** The nearest point on the line, WGS84. */
  readonly point: Position;
  /** Index of the geometry segment (between vertex k and k + 1) the point lies on. */
  readonly vertexIndex: number;
  /** Position along the line as a fraction of its geometric length, 0..1. */
  readonly fraction: number;
  /** Distance in metres from the point to the line. */
  readonly offsetM: number;
}

/**
 * The nearest point on any indexed line within `toleranceM` of `(lon, lat)`, or null when none is that
 * close. Candidates are visited nearest bounding box first, and the search stops once a box is farther
 * than the best hit. Ties keep the lower line index.
 */
export function snapPoint(
  grid: SegmentGrid,
  lines: ReadonlyArray<readonly Position[]>,
  lon: number,
  lat: number,
  toleranceM: number,
): SnapHit | null {
  let best: SnapHit | null = null;
  for (const line of grid.candidates(lon, lat, toleranceM)) {
    // 1% slack: the box distance is planar, turf's is spherical.
    if (best !== null && grid.boxDistanceM(line, lon, lat) * 0.99 > best.offsetM) break;
    const coords = lines[line] as Position[];
    const geometry = { type: 'LineString' as const, coordinates: coords };
    const hit = nearestPointOnLine(geometry, [lon, lat], { units: 'meters' });
    const offsetM = hit.properties.pointDistance;
    if (offsetM > toleranceM || (best !== null && offsetM >= best.offsetM)) continue;
    const totalM = turfLength({ type: 'Feature', properties: {}, geometry }, { units: 'meters' });
    const along = hit.properties.totalDistance;
    best = {
      line,
      point: hit.geometry.coordinates as Position,
      vertexIndex: hit.properties.segmentIndex,
      fraction: totalM > 0 ? Math.min(1, Math.max(0, along / totalM)) : 0,
      offsetM,
    };
  }
  return best;
}
