import { UNBOUNDED } from '../problem/problem-data.js';
import type { Instance } from '../problem/instance.js';
import { baseCost, excessLoad, excessTime } from '../segment/route-cost.js';
import {
  BWD_RIDE, BWD_SUM, concat, DIST, DUR, EARLY, FWD_RIDE, FWD_SUM, LATE, LOAD, SEG, setNodeSegment, TW,
} from '../segment/segment.js';

/** A route's figures, computed by concatenating its nodes from scratch (independent of the search state). */
export interface RouteFigures {
  readonly distance: number;
  readonly load: number;
  /** Minimal duration from start to end including waiting, seconds. */
  readonly durationS: number;
  readonly timeWarpS: number;
  /** Earliest and latest start of service at the start depot that achieve the minimal duration. */
  readonly earliestStartS: number;
  readonly latestStartS: number;
  readonly baseCost: number;
  readonly excessLoad: number;
  readonly excessTimeS: number;
  /** Largest ride time minus limit over the route's clients (≤ 0 when every ride is within its limit). */
  readonly rideExcessS: number;
  /** Σ demand × ride time, passenger-seconds. */
  readonly rideSumS: number;
}

const scratch = new Float64Array(3 * SEG);

/** Writes the one-node segment of internal client c at `o` of `out`. */
export function clientSegment(inst: Instance, c: number, out: Float64Array, o: number): void {
  setNodeSegment(out, o, inst.demand[c]!, inst.serviceS[c]!, inst.twEarlyS[c]!, inst.twLateS[c]!, inst.maxRideS[c]!);
}

/**
 * Concatenates start depot, clients (internal indices) and end depot of a vehicle type into `out` at
 * `o` (Vidal 2013 forward concatenation); returns nothing, the segment holds every figure.
 */
export function routeSegment(inst: Instance, type: number, clients: ArrayLike<number>, out: Float64Array, o: number): void {
  const T = inst.types;
  const n = inst.nbLocations;
  const dm = inst.dist[T.profile[type]!]!;
  const tm = inst.dur[T.profile[type]!]!;
  setNodeSegment(out, o, 0, 0, T.startEarlyS[type]!, T.startLateS[type]!, UNBOUNDED);
  let last = T.startLoc[type]!;
  for (let k = 0; k <= clients.length; k++) {
    const isEnd = k === clients.length;
    const c = isEnd ? -1 : clients[k]!;
    const loc = isEnd ? T.endLoc[type]! : inst.nbDepots + c;
    if (isEnd) setNodeSegment(scratch, 0, 0, 0, T.endEarlyS[type]!, T.endLateS[type]!, UNBOUNDED);
    else clientSegment(inst, c, scratch, 0);
    concat(out, o, out, o, scratch, 0, dm[last * n + loc]!, tm[last * n + loc]!);
    last = loc;
  }
}

/** Every figure of one route of a vehicle type; an empty route has zero cost. */
export function evaluateRoute(inst: Instance, type: number, clients: ArrayLike<number>): RouteFigures {
  const seg = new Float64Array(SEG);
  routeSegment(inst, type, clients, seg, 0);
  const pickup = inst.types.pickup[type] === 1;
  const empty = clients.length === 0;
  return {
    distance: seg[DIST]!,
    load: seg[LOAD]!,
    durationS: seg[DUR]!,
    timeWarpS: seg[TW]!,
    earliestStartS: seg[EARLY]!,
    latestStartS: seg[LATE]!,
    baseCost: empty ? 0 : baseCost(inst, type, seg, 0),
    excessLoad: empty ? 0 : excessLoad(inst, type, seg, 0),
    excessTimeS: empty ? 0 : excessTime(inst, type, seg, 0),
    rideExcessS: pickup ? seg[BWD_RIDE]! : seg[FWD_RIDE]!,
    rideSumS: pickup ? seg[BWD_SUM]! : seg[FWD_SUM]!,
  };
}
