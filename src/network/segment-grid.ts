import type { Position } from '../domain/geo.js';

/** Metres per degree of latitude (mean), for the planar pre-filter only. */
const M_PER_DEG = 111_320;

/**
 * A uniform grid over line bounding boxes, so that snapping looks at nearby lines only. Distances here
 * are planar approximations used to order and prune candidates; the exact test is done by turf.
 */
export class SegmentGrid {
  readonly #cellDeg: number;
  readonly #cells = new Map<string, number[]>();
  /** minLon, minLat, maxLon, maxLat per line. */
  readonly #boxes: Float64Array;

  /** Indexes lines (arrays of positions) with cells of `cellM` metres. */
  constructor(lines: ReadonlyArray<readonly Position[]>, cellM: number) {
    this.#cellDeg = cellM / M_PER_DEG;
    this.#boxes = new Float64Array(lines.length * 4);
    lines.forEach((coords, i) => {
      let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
      for (const [lon, lat] of coords) {
        minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon);
        minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
      }
      this.#boxes.set([minLon, minLat, maxLon, maxLat], i * 4);
      for (let x = this.#cell(minLon); x <= this.#cell(maxLon); x++) {
        for (let y = this.#cell(minLat); y <= this.#cell(maxLat); y++) {
          const key = `${x},${y}`;
          const bucket = this.#cells.get(key);
          if (bucket === undefined) this.#cells.set(key, [i]);
          else bucket.push(i);
        }
      }
    });
  }

  #cell(deg: number): number {
    return Math.floor(deg / this.#cellDeg);
  }

  /** Planar distance in metres from a point to a line's bounding box (0 inside). */
  boxDistanceM(line: number, lon: number, lat: number): number {
    const b = this.#boxes;
    const dLon = Math.max(0, b[line * 4]! - lon, lon - b[line * 4 + 2]!);
    const dLat = Math.max(0, b[line * 4 + 1]! - lat, lat - b[line * 4 + 3]!);
    return Math.hypot(dLon * M_PER_DEG * Math.cos((lat * Math.PI) / 180), dLat * M_PER_DEG);
  }

  /** Lines whose bounding box lies within `radiusM` of the point, nearest box first. */
  candidates(lon: number, lat: number, radiusM: number): number[] {
    const dLat = radiusM / M_PER_DEG;
    const dLon = dLat / Math.max(0.01, Math.cos((lat * Math.PI) / 180));
    const found = new Set<number>();
    for (let x = this.#cell(lon - dLon); x <= this.#cell(lon + dLon); x++) {
      for (let y = this.#cell(lat - dLat); y <= this.#cell(lat + dLat); y++) {
        for (const i of this.#cells.get(`${x},${y}`) ?? []) found.add(i);
      }
    }
    const near = [...found].map((i) => ({ i, d: this.boxDistanceM(i, lon, lat) })).filter((c) => c.d <= radiusM);
    near.sort((p, q) => p.d - q.d || p.i - q.i);
    return near.map((c) => c.i);
  }
}
