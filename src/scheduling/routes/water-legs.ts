import type { SchoolDemand } from '../demand/school-demand.js';
import { chunkGroup } from '../demand/school-demand.js';
import type { TravelState } from '../inputs/travel-states.js';
import { lose, type LostGroup, type PlanSettings } from './plan-settings.js';
import { packRoutes } from './pack-routes.js';
import type { RouteClient, RouteTemplate } from './route-template.js';
import { ALTERNATIVES, solveRoutes } from './solve-routes.js';
import { timeRoute } from './time-route.js';

/** The water part of a plan: boat clients and runs, and the pier clients that connect them to buses. */
export interface WaterLegs {
  readonly pierId: string | null;
  readonly boatClients: readonly RouteClient[];
  readonly boatRoutes: readonly RouteTemplate[];
  /** One per boat route (same index): its students on the bus between the school and the pier. */
  readonly pierClients: readonly RouteClient[];
}

const NONE: WaterLegs = { pierId: null, boatClients: [], boatRoutes: [], pierClients: [] };

/** The pier with the shortest road + boat journey to every landing of the demand, or null. */
function choosePier(demand: SchoolDemand, state: TravelState, s: PlanSettings): { pier: string; roadS: number } | null {
  const road = s.travel.matrix(state, 'loaded');
  const boat = s.travel.matrix(state, 'boat');
  const gate = road.indexOf(demand.school.gatePlaceId);
  let best: { pier: string; roadS: number; total: number } | null = null;
  for (const pier of s.pierIds) {
    const p = road.indexOf(pier);
    const roadS = demand.direction === 'home' ? road.durationS[gate * road.size + p]! : road.durationS[p * road.size + gate]!;
    if (roadS < 0) continue;
    const b = boat.indexOf(pier);
    let total = 0;
    for (const g of demand.water) {
      const l = boat.indexOf(g.placeId);
      const d = demand.direction === 'home' ? boat.durationS[b * boat.size + l]! : boat.durationS[l * boat.size + b]!;
      total += d < 0 ? 1e9 : d;
    }
    if (best === null || total < best.total) best = { pier, roadS, total };
  }
  return best === null ? null : { pier: best.pier, roadS: best.roadS };
}

/**
 * Water-only homes: a boat between a pier and the landing, and a bus between the school and the pier.
 * Landings are routed for the boats (boat profile, boat capacities, pier to pier); each boat run then
 * gets one pier client, carried by a bus "pier shuttle" timed to the boat (see `boat-waves.ts`). The
 * maximum ride counts the whole journey: bus, transfer and boat.
 */
export function planWaterLegs(demand: SchoolDemand, state: TravelState, s: PlanSettings, lost: LostGroup[]): WaterLegs {
  if (demand.water.length === 0) return NONE;
  const largestBoat = Math.max(0, ...s.boatFleet.map((f) => f.capacity));
  if (largestBoat === 0) {
    for (const g of demand.water) lost.push(lose(g, 'no_boat', `${g.placeId} is reached only by water and no boat is allowed on the date`));
    return NONE;
  }
  const chosen = choosePier(demand, state, s);
  const boat = s.travel.matrix(state, 'boat');
  const boatClients: RouteClient[] = [];
  for (const g of demand.water) {
    const d = chosen === null ? -1 : demand.direction === 'home'
      ? boat.durationS[boat.indexOf(chosen.pier) * boat.size + boat.indexOf(g.placeId)]!
      : boat.durationS[boat.indexOf(g.placeId) * boat.size + boat.indexOf(chosen.pier)]!;
    if (chosen === null || d < 0) lost.push(lose(g, 'unreachable', `${g.placeId} cannot be reached from a pier by boat, or the pier from the school, under the day's conditions`));
    else if (chosen.roadS + s.transferS + d > s.maxRideS) lost.push(lose(g, 'ride_time_impossible', `bus, transfer and boat to ${g.placeId} take over ${s.maxRideS / 60} min even direct`));
    else for (const c of chunkGroup(g, largestBoat)) boatClients.push({ placeId: c.placeId, studentIds: c.studentIds, maxRideS: s.maxRideS - chosen.roadS - s.transferS, boatRoute: null });
  }
  if (chosen === null || boatClients.length === 0) return NONE;
  const call = { matrix: boat, terminal: chosen.pier, clients: boatClients, direction: demand.direction, fleet: s.boatFleet, dwell: s.dwell, closed: true, unlimitedCount: true };
  const time = (o: readonly number[]) => timeRoute(boat, demand.direction, 'boat', chosen.pier, o, boatClients, s.dwell);
  const orders = solveRoutes(call, ALTERNATIVES[0]!, { timeLimitS: s.timeLimitS / 4, seed: s.seed }) ?? packRoutes(boatClients, largestBoat, time);
  const boatRoutes = orders.map(time);
  const pierClients = boatRoutes.map((r, k) => ({
    placeId: chosen.pier,
    studentIds: r.clients.flatMap((c) => boatClients[c]!.studentIds),
    maxRideS: s.maxRideS - s.transferS - Math.max(...r.rideS.values()),
    boatRoute: k,
  }));
  return { pierId: chosen.pier, boatClients, boatRoutes, pierClients };
}
