/** Angles are integers in [0, 65536) around a centre, as in HGS-CVRP's CircleSector (Vidal 2022 §4). */
export const FULL_TURN = 65536;

function positiveMod(i: number): number {
  return ((i % FULL_TURN) + FULL_TURN) % FULL_TURN;
}

/** Polar angle of (x, y) seen from (cx, cy), in [0, 65536). */
export function polarAngle(cx: number, cy: number, x: number, y: number): number {
  return positiveMod(Math.round((32768 * Math.atan2(y - cy, x - cx)) / Math.PI));
}

/**
 * Route sectors: for each route the smallest arc [start, end] (counter-clockwise) holding its clients'
 * angles, grown greedily. SWAP* only pairs routes whose sectors overlap.
 */
export class CircleSectors {
  readonly start: Int32Array;
  readonly end: Int32Array;

  constructor(nbRoutes: number) {
    this.start = new Int32Array(nbRoutes);
    this.end = new Int32Array(nbRoutes);
  }

  /** Starts route r's sector at one angle. */
  reset(r: number, angle: number): void {
    this.start[r] = angle;
    this.end[r] = angle;
  }

  /** Grows route r's sector to hold `angle`, on the side that adds less. */
  extend(r: number, angle: number): void {
    const s = this.start[r]!;
    const e = this.end[r]!;
    if (positiveMod(angle - s) <= positiveMod(e - s)) return;
    if (positiveMod(angle - e) <= positiveMod(s - angle)) this.end[r] = angle;
    else this.start[r] = angle;
  }

  /** True when the sectors of routes a and b share an angle. */
  overlap(a: number, b: number): boolean {
    const sa = this.start[a]!, ea = this.end[a]!, sb = this.start[b]!, eb = this.end[b]!;
    return positiveMod(sb - sa) <= positiveMod(ea - sa) || positiveMod(sa - sb) <= positiveMod(eb - sb);
  }
}
