import type { TravelMatrix } from '../../network/travel-matrix.js';
import type { SchoolDemand } from '../demand/school-demand.js';
import { chunkGroup } from '../demand/school-demand.js';
import type { TravelState } from '../inputs/travel-states.js';
import { lose, type LostGroup, type PlanSettings } from './plan-settings.js';
import type { RouteClient, RouteTemplate } from './route-template.js';
import { ALTERNATIVES, solveRoutes, type RoutingCall } from './solve-routes.js';
import { packRoutes } from './pack-routes.js';
import { timeRoute } from './time-route.js';
import { planWaterLegs } from './water-legs.js';

export type { LostGroup, PlanSettings };

/** One routing alternative: the bus runs of the school (boat runs are shared by all alternatives). */
export interface RouteAlternative {
  readonly name: string;
  readonly routes: readonly RouteTemplate[];
}

/** The routes of one school and direction under one conditions state. */
export interface RoutePlan {
  readonly state: TravelState;
  /** Bus clients: village stops, then the pier clients (one per boat route, `boatRoute` set). */
  readonly clients: readonly RouteClient[];
  /** Boat clients: landings, served by `boatRoutes`. */
  readonly boatClients: readonly RouteClient[];
  readonly boatRoutes: readonly RouteTemplate[];
  readonly alternatives: readonly RouteAlternative[];
  readonly lost: readonly LostGroup[];
  /** A bus run between the school and the pier carrying the given pier clients (indices into `clients`). */
  readonly shuttle: (pierClients: readonly number[]) => RouteTemplate;
  /** A bus run between the school and the clients `order` (indices into `clients`), e.g. clients split later. */
  readonly busRun: (clients: readonly RouteClient[], order: readonly number[]) => RouteTemplate;
}

/** Road homes: reachable ones become clients (split past the largest bus), the others are lost. */
function roadClients(m: TravelMatrix, demand: SchoolDemand, s: PlanSettings, lost: LostGroup[]): RouteClient[] {
  const gate = m.indexOf(demand.school.gatePlaceId);
  const largest = Math.max(0, ...s.busFleet.map((f) => f.capacity));
  const out: RouteClient[] = [];
  for (const g of demand.road) {
    const p = m.indexOf(g.placeId);
    const [from, to] = demand.direction === 'home' ? [gate, p] : [p, gate];
    const d = m.durationS[from * m.size + to]!;
    if (d < 0 && from !== to) lost.push(lose(g, 'unreachable', `${g.placeId} cannot be reached from the school by road under the day's conditions`));
    else if (d > s.maxRideS) lost.push(lose(g, 'ride_time_impossible', `even a direct ride to ${g.placeId} takes ${Math.ceil(d / 60)} min, over the ${s.maxRideS / 60} min limit`));
    else if (largest === 0) lost.push(lose(g, 'no_vehicle', 'no bus is allowed on the date'));
    else for (const c of chunkGroup(g, largest)) out.push({ placeId: c.placeId, studentIds: c.studentIds, maxRideS: s.maxRideS, boatRoute: null });
  }
  return out;
}

/** Bus alternatives: each spec through the routing engine; one client per run when none succeeds. */
function busAlternatives(call: RoutingCall, s: PlanSettings, limitS: number): RouteAlternative[] {
  const out: RouteAlternative[] = [];
  const seen = new Set<string>();
  ALTERNATIVES.forEach((spec, k) => {
    const orders = solveRoutes(call, spec, { timeLimitS: limitS, seed: s.seed + k });
    if (orders === null) return;
    const routes = orders.map((o) => timeRoute(call.matrix, call.direction, 'bus', call.terminal, o, call.clients, s.dwell));
    const ok = routes.every((r) => [...r.rideS].every(([c, ride]) => ride <= call.clients[c]!.maxRideS));
    const key = JSON.stringify(orders.map((o) => [...o].sort((a, b) => a - b)).sort());
    if (ok && !seen.has(key)) {
      seen.add(key);
      out.push({ name: spec.name, routes });
    }
  });
  if (out.length === 0 && call.clients.length > 0) {
    const time = (o: readonly number[]) => timeRoute(call.matrix, call.direction, 'bus', call.terminal, o, call.clients, s.dwell);
    const largest = Math.max(...call.fleet.map((f) => f.capacity));
    out.push({ name: 'packed', routes: packRoutes(call.clients, largest, time).map(time) });
  }
  return out;
}

/**
 * Builds the routes of a school in one direction under one conditions state: road homes as bus clients,
 * water-only homes as boat runs from a pier plus one pier client per boat run, then the bus
 * alternatives (fewest vehicles, shorter rides, balanced) by the routing engine.
 */
export function buildRoutePlan(demand: SchoolDemand, state: TravelState, s: PlanSettings): RoutePlan {
  const m = s.travel.matrix(state, 'loaded');
  const lost: LostGroup[] = [];
  const clients = roadClients(m, demand, s, lost);
  const water = planWaterLegs(demand, state, s, lost);
  const call: RoutingCall = { matrix: m, terminal: demand.school.gatePlaceId, clients, direction: demand.direction, fleet: s.busFleet, dwell: s.dwell, closed: false };
  const alternatives = clients.length === 0 ? [{ name: 'none', routes: [] }] : busAlternatives(call, s, s.timeLimitS / (ALTERNATIVES.length + 1));
  const all = [...clients, ...water.pierClients];
  const busRun = (cs: readonly RouteClient[], order: readonly number[]) => timeRoute(m, demand.direction, 'bus', demand.school.gatePlaceId, order, cs, s.dwell);
  const shuttle = (order: readonly number[]) => busRun(all, order);
  return { state, clients: all, boatClients: water.boatClients, boatRoutes: water.boatRoutes, alternatives, lost, shuttle, busRun };
}
