import type { Position } from '../../src/domain/geo.js';

/** A point in a local plane, metres east (`x`) and north (`y`) of the frame's origin. */
export type Xy = readonly [number, number];

const EARTH_RADIUS_M = 6_371_008.8;
const DEG = Math.PI / 180;

/**
 * An equirectangular projection around one latitude: accurate to well under 0.1 % across a county
 * of 80 km, which is all the builder needs to shape winding roads and place villages.
 */
export class LocalPlane {
  readonly #origin: Position;
  readonly #mPerDegLon: number;
  readonly #mPerDegLat: number;

  /** A plane centred on `origin` (WGS84). */
  constructor(origin: Position) {
    this.#origin = origin;
    this.#mPerDegLat = EARTH_RADIUS_M * DEG;
    this.#mPerDegLon = EARTH_RADIUS_M * DEG * Math.cos(origin[1] * DEG);
  }

  /** WGS84 → plane metres. */
  toXy(p: Position): Xy {
    return [(p[0] - this.#origin[0]) * this.#mPerDegLon, (p[1] - this.#origin[1]) * this.#mPerDegLat];
  }

  /** Plane metres → WGS84, rounded to 6 decimals (about 0.1 m). */
  toPosition(xy: Xy): Position {
    return [round6(this.#origin[0] + xy[0] / this.#mPerDegLon), round6(this.#origin[1] + xy[1] / this.#mPerDegLat)];
  }
}

/** Rounds a coordinate to 6 decimals, the precision of every file. */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Euclidean distance in the plane, metres. */
export function planeDistanceM(a: Xy, b: Xy): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

/** Length of a plane polyline, metres. */
export function planeLengthM(points: readonly Xy[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += planeDistanceM(points[i - 1] as Xy, points[i] as Xy);
  return total;
}

/** Whether a WGS84 point lies inside a ring (ray casting; the ring's orientation does not matter). */
export function insideRing(p: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as Position;
    const b = ring[j] as Position;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

/** Shortest distance in metres from a plane point to a plane polyline. */
export function distanceToPolylineM(p: Xy, line: readonly Xy[]): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Xy;
    const b = line[i] as Xy;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
    best = Math.min(best, Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy)));
  }
  return best;
}

/** The vertex of a ring nearest to a target point (so that a road can end exactly on the boundary). */
export function nearestVertex(ring: readonly Position[], target: Position, plane: LocalPlane): Position {
  const t = plane.toXy(target);
  let best = ring[0] as Position;
  let bestD = Infinity;
  for (const v of ring) {
    const d = planeDistanceM(plane.toXy(v), t);
    if (d < bestD) {
      bestD = d;
      best = v;
    }
  }
  return [round6(best[0]), round6(best[1])];
}
