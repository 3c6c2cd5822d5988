import type { RouteClient, RouteTemplate } from './route-template.js';

/**
 * A simple, always-available fallback when the routing engine finds nothing feasible: clients in
 * decreasing size, each added to the first route (visiting order kept by place id) that still fits the
 * capacity and every ride limit, else to a new route (first-fit decreasing). `time(order)` builds a
 * template for a client order; a client that fits nowhere rides alone.
 */
export function packRoutes(clients: readonly RouteClient[], capacity: number, time: (order: readonly number[]) => RouteTemplate): number[][] {
  const size = (c: number) => clients[c]!.studentIds.length;
  const order = clients.map((_, c) => c).sort((a, b) => size(b) - size(a) || a - b);
  const routes: number[][] = [];
  const fits = (r: readonly number[]) => {
    const t = time(r);
    return t.load <= capacity && [...t.rideS].every(([c, ride]) => ride <= clients[c]!.maxRideS);
  };
  for (const c of order) {
    let placed = false;
    for (let k = 0; k < routes.length && !placed; k++) {
      const candidate = [...routes[k]!, c].sort((a, b) => (clients[a]!.placeId < clients[b]!.placeId ? -1 : clients[a]!.placeId > clients[b]!.placeId ? 1 : a - b));
      if (fits(candidate)) {
        routes[k] = candidate;
        placed = true;
      }
    }
    if (!placed) routes.push([c]);
  }
  return routes;
}
