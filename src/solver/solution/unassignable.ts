import { MISSING_EDGE } from '../problem/problem-input.js';
import { compileInstance } from '../problem/instance.js';
import type { ProblemData } from '../problem/problem-data.js';
import { evaluateRoute } from './route-evaluation.js';

/** Why a client cannot be served by any vehicle type, checked in this order per type. */
export type UnassignedReason =
  | 'demand_exceeds_capacity'
  | 'unreachable'
  | 'time_window'
  | 'max_duration'
  | 'ride_time'
  | 'no_feasible_route_found';

const ORDER: readonly UnassignedReason[] = ['demand_exceeds_capacity', 'unreachable', 'time_window', 'max_duration', 'ride_time'];

/** A client left out of the solution, with the reason. */
export interface Unassigned {
  /** Client index in the problem data. */
  readonly client: number;
  readonly reason: UnassignedReason;
}

/**
 * Clients that no vehicle type could serve even alone on a route (start → client → end): demand above
 * every capacity, a missing matrix entry on the way, a window that cannot be met, a route too long, or a
 * ride longer than allowed. The reason given is the one met by the type that came closest.
 */
export function findUnassignable(data: ProblemData): Unassigned[] {
  const inst = compileInstance(data, undefined, 0);
  const out: Unassigned[] = [];
  const T = inst.types;
  const n = inst.nbLocations;
  for (let c = 0; c < inst.nbClients; c++) {
    let closest = -1;
    for (let t = 0; t < T.nbTypes && closest < ORDER.length; t++) {
      const loc = inst.nbDepots + c;
      const m = inst.dist[T.profile[t]!]!;
      const d = inst.dur[T.profile[t]!]!;
      const f = evaluateRoute(inst, t, [c]);
      let passed = 0;
      if (inst.demand[c]! <= T.capacity[t]!) passed++;
      else { closest = Math.max(closest, passed); continue; }
      const missing = (a: number, b: number) => m[a * n + b]! >= MISSING_EDGE || d[a * n + b]! >= MISSING_EDGE;
      if (!missing(T.startLoc[t]!, loc) && !missing(loc, T.endLoc[t]!)) passed++;
      else { closest = Math.max(closest, passed); continue; }
      if (f.timeWarpS === 0) passed++;
      else { closest = Math.max(closest, passed); continue; }
      if (f.durationS <= T.maxDurationS[t]!) passed++;
      else { closest = Math.max(closest, passed); continue; }
      if (f.rideExcessS <= 0) passed++;
      closest = Math.max(closest, passed);
    }
    if (closest < ORDER.length) out.push({ client: c, reason: ORDER[Math.max(closest, 0)]! });
  }
  return out;
}
