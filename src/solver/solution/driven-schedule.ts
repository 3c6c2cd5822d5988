import type { Instance } from '../problem/instance.js';

/** Times of one route driven from a given departure, waiting where a window opens later. */
export interface DrivenSchedule {
  /** Arrival at each client, seconds. */
  readonly arrivalS: Float64Array;
  /** Departure from each client (after service), seconds. */
  readonly departureS: Float64Array;
  /** Arrival at the route's end, seconds. */
  readonly endS: number;
  /** Largest lateness at a client or at the end, seconds (0 when every window is met). */
  readonly latenessS: number;
  /** Largest ride time minus its limit, waiting on board included, seconds. */
  readonly rideExcessS: number;
}

/**
 * Drives a route from `startS`: service starts at max(arrival, window start); ride times are measured on
 * this schedule, so waiting with passengers on board counts. This is the check behind a route's
 * `feasible` flag; the search's own ride model counts driving and dwell only (see README).
 */
export function driveRoute(inst: Instance, type: number, clients: ArrayLike<number>, startS: number): DrivenSchedule {
  const T = inst.types;
  const n = inst.nbLocations;
  const dur = inst.dur[T.profile[type]!]!;
  const k = clients.length;
  const arrivalS = new Float64Array(k);
  const departureS = new Float64Array(k);
  let t = startS;
  let last = T.startLoc[type]!;
  let lateness = 0;
  for (let i = 0; i < k; i++) {
    const c = clients[i]!;
    const loc = inst.nbDepots + c;
    t += dur[last * n + loc]!;
    arrivalS[i] = t;
    t = Math.max(t, inst.twEarlyS[c]!);
    lateness = Math.max(lateness, t - inst.twLateS[c]!);
    t += inst.serviceS[c]!;
    departureS[i] = t;
    last = loc;
  }
  const endS = t + dur[last * n + T.endLoc[type]!]!;
  lateness = Math.max(lateness, endS - T.endLateS[type]!);
  let ride = -Infinity;
  for (let i = 0; i < k; i++) {
    const r = T.pickup[type] === 1 ? endS - departureS[i]! : arrivalS[i]! - startS;
    ride = Math.max(ride, r - inst.maxRideS[clients[i]!]!);
  }
  return { arrivalS, departureS, endS, latenessS: Math.max(0, lateness), rideExcessS: ride };
}
