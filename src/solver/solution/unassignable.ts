import { MISSING_EDGE } from '../problem/problem-input.js';
import { compileInstance, type Instance } from '../problem/instance.js';
import type { ProblemData } from '../problem/problem-data.js';
import { evaluateRoute } from './route-evaluation.js';

/** Why a client cannot be served by any vehicle type, checked in this order per type. */
export type UnassignedReason =
  | 'demand_exceeds_capacity'
  | 'unreachable'
  | 'time_window'
  | 'max_duration'
  | 'ride_time'
  /** The fleet has fewer seats (Σ capacity × count) than the demand: left out so the rest fits. */
  | 'fleet_capacity'
  | 'no_feasible_route_found';

const ORDER: readonly UnassignedReason[] = ['demand_exceeds_capacity', 'unreachable', 'time_window', 'max_duration', 'ride_time'];

/** A client left out of the solution, with the reason. */
export interface Unassigned {
  /** Client index in the problem data. */
  readonly client: number;
  readonly reason: UnassignedReason;
}

/** How many of the checks in {@link ORDER} client c passes, in order, when served alone by type t. */
function checksPassed(inst: Instance, c: number, t: number): number {
  const T = inst.types;
  const n = inst.nbLocations;
  const loc = inst.nbDepots + c;
  const m = inst.dist[T.profile[t]!]!;
  const d = inst.dur[T.profile[t]!]!;
  const missing = (a: number, b: number) => m[a * n + b]! >= MISSING_EDGE || d[a * n + b]! >= MISSING_EDGE;
  const f = evaluateRoute(inst, t, [c]);
  const checks = [
    () => inst.demand[c]! <= T.capacity[t]!,
    () => !missing(T.startLoc[t]!, loc) && !missing(loc, T.endLoc[t]!),
    () => f.timeWarpS === 0,
    () => f.durationS <= T.maxDurationS[t]!,
    () => f.rideExcessS <= 0,
  ];
  let passed = 0;
  while (passed < checks.length && checks[passed]!()) passed++;
  return passed;
}

/**
 * Clients that no vehicle type could serve even alone on a route (start → client → end): demand above
 * every capacity, a missing matrix entry on the way, a window that cannot be met, a route too long, or a
 * ride longer than allowed. The reason given is the one met by the type that came closest.
 */
export function findUnassignable(data: ProblemData): Unassigned[] {
  const inst = compileInstance(data, undefined, 0);
  const out: Unassigned[] = [];
  for (let c = 0; c < inst.nbClients; c++) {
    let closest = 0;
    for (let t = 0; t < inst.types.nbTypes; t++) closest = Math.max(closest, checksPassed(inst, c, t));
    if (closest < ORDER.length) out.push({ client: c, reason: ORDER[closest]! });
  }
  return out;
}
