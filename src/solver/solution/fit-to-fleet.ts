import type { Instance } from '../problem/instance.js';
import type { RouteSpec } from '../search/route-state.js';
import { evaluateRoute } from './route-evaluation.js';

/** Seats of the whole fleet: Σ capacity × route slots over vehicle types. */
export function fleetSeats(inst: Instance): number {
  const T = inst.types;
  let seats = 0;
  for (let t = 0; t < T.nbTypes; t++) seats += T.capacity[t]! * T.slots[t]!;
  return seats;
}

/** Σ demand of the clients being routed. */
export function totalDemand(inst: Instance): number {
  return inst.demand.reduce((a, b) => a + b, 0);
}

/**
 * The client to leave out of an overloaded route: the smallest demand that removes the whole excess,
 * or else the largest demand (so as few students as possible are left out).
 */
function clientToDrop(inst: Instance, clients: readonly number[], excess: number): number {
  let cover = -1;
  let largest = 0;
  for (let k = 0; k < clients.length; k++) {
    const d = inst.demand[clients[k]!]!;
    if (d >= excess && (cover < 0 || d < inst.demand[clients[cover]!]!)) cover = k;
    if (d > inst.demand[clients[largest]!]!) largest = k;
  }
  return cover >= 0 ? cover : largest;
}

/** Cheapest position for client c in a route that keeps it within capacity and no later than before; -1 when none. */
function bestInsertion(inst: Instance, route: RouteSpec, c: number): { at: number; cost: number } {
  const before = evaluateRoute(inst, route.type, route.clients);
  if (before.load + inst.demand[c]! > inst.types.capacity[route.type]!) return { at: -1, cost: Infinity };
  let best = { at: -1, cost: Infinity };
  for (let at = 0; at <= route.clients.length; at++) {
    const clients = [...route.clients.slice(0, at), c, ...route.clients.slice(at)];
    const f = evaluateRoute(inst, route.type, clients);
    if (f.excessTimeS > before.excessTimeS) continue;
    if (f.baseCost - before.baseCost < best.cost) best = { at, cost: f.baseCost - before.baseCost };
  }
  return best;
}

/**
 * Fits routes to a fleet that has fewer seats than the demand: leaves clients out of every overloaded
 * route until its load fits, then puts the left-out clients back (largest demand first) wherever room
 * remains, on a route or on an unused vehicle, without making a route later or longer than allowed.
 * Returns the routes and the internal indices of the clients still left out. Runs once per solve, so
 * it allocates freely.
 */
export function fitToFleet(inst: Instance, routes: readonly RouteSpec[]): { routes: RouteSpec[]; dropped: number[] } {
  const T = inst.types;
  const dropped: number[] = [];
  const out = routes.map((route) => {
    const clients = [...route.clients];
    let load = clients.reduce((s, c) => s + inst.demand[c]!, 0);
    while (load > T.capacity[route.type]! && clients.length > 0) {
      const c = clients.splice(clientToDrop(inst, clients, load - T.capacity[route.type]!), 1)[0]!;
      load -= inst.demand[c]!;
      dropped.push(c);
    }
    return { type: route.type, clients };
  });
  const used = Array.from(T.slots, (_s, t) => out.filter((r) => r.type === t && r.clients.length > 0).length);
  dropped.sort((a, b) => inst.demand[b]! - inst.demand[a]!);
  const left = dropped.filter((c) => !reinsert(inst, out, used, c));
  return { routes: out.filter((r) => r.clients.length > 0), dropped: left };
}

/** Puts client c on the cheapest route with room, or alone on an unused vehicle; false when neither fits. */
function reinsert(inst: Instance, routes: { type: number; clients: number[] }[], used: number[], c: number): boolean {
  let best = { route: -1, at: -1, cost: Infinity };
  routes.forEach((route, k) => {
    if (route.clients.length === 0) return;
    const ins = bestInsertion(inst, route, c);
    if (ins.at >= 0 && ins.cost < best.cost) best = { route: k, ...ins };
  });
  for (let t = 0; t < inst.types.nbTypes; t++) {
    if (used[t]! >= inst.types.slots[t]!) continue;
    const f = evaluateRoute(inst, t, [c]);
    if (f.excessLoad === 0 && f.excessTimeS === 0 && f.baseCost < best.cost) best = { route: -1 - t, at: 0, cost: f.baseCost };
  }
  if (best.at < 0) return false;
  if (best.route >= 0) routes[best.route]!.clients.splice(best.at, 0, c);
  else {
    const t = -1 - best.route;
    used[t]!++;
    routes.push({ type: t, clients: [c] });
  }
  return true;
}
