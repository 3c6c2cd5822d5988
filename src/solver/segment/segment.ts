/**
 * Route segments that concatenate in O(1) (Vidal et al. 2013, "A hybrid genetic algorithm with adaptive
 * diversity management for a large class of vehicle routing problems with time-windows", §4.3; time warp
 * as in Nagata et al. 2010). A segment is {@link SEG} consecutive float64 values in a typed array, so
 * prefixes, suffixes and scratch registers live in flat buffers and nothing is allocated per move.
 * All values are integers (seconds, distance units, demand) or ±∞ for the ride-time maxima.
 */

/** Total distance of the segment. */
export const DIST = 0;
/** Total demand of its clients. */
export const LOAD = 1;
/** Minimal duration: service, travel and waiting, from the start of service at the first node. */
export const DUR = 2;
/** Time warp: how much the segment must travel back in time to meet every window. */
export const TW = 3;
/** Earliest start of service at the first node that achieves the minimal duration. */
export const EARLY = 4;
/** Latest start of service at the first node without extra time warp. */
export const LATE = 5;
/** Driving plus service time, no waiting: the in-vehicle clock for ride times. */
export const PURE = 6;
/** max over clients j of (time from segment start to arrival at j − maxRide_j): drop-off ride excess. */
export const FWD_RIDE = 7;
/** max over clients j of (time from leaving j to segment end − maxRide_j): pickup ride excess. */
export const BWD_RIDE = 8;
/** Σ demand_j × (time from segment start to arrival at j): drop-off passenger-seconds. */
export const FWD_SUM = 9;
/** Σ demand_j × (time from leaving j to segment end): pickup passenger-seconds. */
export const BWD_SUM = 10;
/** Number of values in one segment. */
export const SEG = 11;

/** Writes the one-node segment of a stop (service, window, ride limit) at `o` of `out`. */
export function setNodeSegment(
  out: Float64Array,
  o: number,
  demand: number,
  serviceS: number,
  earlyS: number,
  lateS: number,
  maxRideS: number,
): void {
  out[o + DIST] = 0;
  out[o + LOAD] = demand;
  out[o + DUR] = serviceS;
  out[o + TW] = 0;
  out[o + EARLY] = earlyS;
  out[o + LATE] = lateS;
  out[o + PURE] = serviceS;
  out[o + FWD_RIDE] = -maxRideS;
  out[o + BWD_RIDE] = -maxRideS;
  out[o + FWD_SUM] = 0;
  out[o + BWD_SUM] = 0;
}

/** Copies a segment; `out` may be `src`. */
export function copySegment(out: Float64Array, o: number, src: Float64Array, s: number): void {
  for (let k = 0; k < SEG; k++) out[o + k] = src[s + k]!;
}

/**
 * out[o] = a[ai] ⊕ b[bi], joined by an edge of `distAB` and `durAB` seconds from a's last node to b's
 * first. `out` may alias `a` or `b`: every input is read before anything is written.
 */
export function concat(
  out: Float64Array,
  o: number,
  a: Float64Array,
  ai: number,
  b: Float64Array,
  bi: number,
  distAB: number,
  durAB: number,
): void {
  const aDist = a[ai + DIST]!, aLoad = a[ai + LOAD]!, aDur = a[ai + DUR]!, aTw = a[ai + TW]!;
  const aE = a[ai + EARLY]!, aL = a[ai + LATE]!, aPure = a[ai + PURE]!;
  const aFr = a[ai + FWD_RIDE]!, aBr = a[ai + BWD_RIDE]!, aFs = a[ai + FWD_SUM]!, aBs = a[ai + BWD_SUM]!;
  const bDist = b[bi + DIST]!, bLoad = b[bi + LOAD]!, bDur = b[bi + DUR]!, bTw = b[bi + TW]!;
  const bE = b[bi + EARLY]!, bL = b[bi + LATE]!, bPure = b[bi + PURE]!;
  const bFr = b[bi + FWD_RIDE]!, bBr = b[bi + BWD_RIDE]!, bFs = b[bi + FWD_SUM]!, bBs = b[bi + BWD_SUM]!;
  // Vidal 2013, eq. (9)–(12): delta is the offset of b's start when a starts at its earliest
  const delta = aDur - aTw + durAB;
  const wait = Math.max(bE - delta - aL, 0);
  const warp = Math.max(aE + delta - bL, 0);
  out[o + DIST] = aDist + distAB + bDist;
  out[o + LOAD] = aLoad + bLoad;
  out[o + DUR] = aDur + bDur + durAB + wait;
  out[o + TW] = aTw + bTw + warp;
  out[o + EARLY] = Math.max(bE - delta, aE) - wait;
  out[o + LATE] = Math.min(bL - delta, aL) + warp;
  out[o + PURE] = aPure + durAB + bPure;
  out[o + FWD_RIDE] = Math.max(aFr, aPure + durAB + bFr);
  out[o + BWD_RIDE] = Math.max(aBr + durAB + bPure, bBr);
  out[o + FWD_SUM] = aFs + bFs + bLoad * (aPure + durAB);
  out[o + BWD_SUM] = aBs + bBs + aLoad * (durAB + bPure);
}

/**
 * {@link concat} restricted to distance, load and the time-warp fields, for problems without ride-time
 * limits or ride costs; the ride fields of `out` are left as they were.
 */
export function concatWindows(
  out: Float64Array,
  o: number,
  a: Float64Array,
  ai: number,
  b: Float64Array,
  bi: number,
  distAB: number,
  durAB: number,
): void {
  const aDur = a[ai + DUR]!, aTw = a[ai + TW]!, aE = a[ai + EARLY]!, aL = a[ai + LATE]!;
  const bDur = b[bi + DUR]!, bE = b[bi + EARLY]!, bL = b[bi + LATE]!;
  const delta = aDur - aTw + durAB;
  const wait = Math.max(bE - delta - aL, 0);
  const warp = Math.max(aE + delta - bL, 0);
  out[o + DIST] = a[ai + DIST]! + distAB + b[bi + DIST]!;
  out[o + LOAD] = a[ai + LOAD]! + b[bi + LOAD]!;
  out[o + DUR] = aDur + bDur + durAB + wait;
  out[o + TW] = aTw + b[bi + TW]! + warp;
  out[o + EARLY] = Math.max(bE - delta, aE) - wait;
  out[o + LATE] = Math.min(bL - delta, aL) + warp;
}
