import type { Instance } from '../problem/instance.js';
import type { RouteSpec } from '../search/route-state.js';
import { evaluateRoute } from './route-evaluation.js';

/** Weight of a second of excess time against a unit of excess load when choosing whom to drop. */
const TIME_WEIGHT = 1e-3;

function violation(inst: Instance, type: number, clients: readonly number[]): number {
  const f = evaluateRoute(inst, type, clients);
  return f.excessLoad + TIME_WEIGHT * f.excessTimeS;
}

/**
 * Makes infeasible routes feasible by leaving clients out: from each route that breaks a limit, drops
 * the client whose removal reduces the violation most (load first, then time), until the route is
 * feasible. Returns the feasible routes and the internal indices of the dropped clients.
 */
export function dropToFeasible(inst: Instance, routes: readonly RouteSpec[]): { routes: RouteSpec[]; dropped: number[] } {
  const dropped: number[] = [];
  const out = routes.map((route) => {
    const clients = [...route.clients];
    let current = violation(inst, route.type, clients);
    while (current > 0 && clients.length > 0) {
      let bestK = 0;
      let bestV = Infinity;
      for (let k = 0; k < clients.length; k++) {
        const v = violation(inst, route.type, [...clients.slice(0, k), ...clients.slice(k + 1)]);
        if (v < bestV) {
          bestV = v;
          bestK = k;
        }
      }
      dropped.push(clients.splice(bestK, 1)[0]!);
      current = bestV;
    }
    return { type: route.type, clients };
  });
  return { routes: out.filter((r) => r.clients.length > 0), dropped };
}
