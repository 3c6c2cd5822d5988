import type { RoutePlan } from '../routes/route-plan.js';
import { templateEndS, templateStartS, type RouteTemplate } from '../routes/route-template.js';
import type { LostGroup } from '../routes/plan-settings.js';
import type { PlacedRun } from './school-option.js';

/** What the wave planner needs besides the plan and the slot. */
export interface WaveSettings {
  /** Capacities of the boats allowed on the day, one entry per boat. */
  readonly boatCapacities: readonly number[];
  /** Seats of a pier shuttle (a bus between school and pier). */
  readonly shuttleCapacity: number;
  readonly transferS: number;
  readonly turnaroundS: number;
  readonly maxRideS: number;
}

interface Timed {
  readonly k: number;
  readonly route: RouteTemplate;
  /** Home: boat departure from the pier; return: boat arrival at the pier (weekend s). */
  readonly atS: number;
}

const pierStopOf = (t: RouteTemplate) => t.stops.find((s) => s.placeId !== t.stops[t.direction === 'home' ? 0 : t.stops.length - 1]!.placeId)!;

/**
 * Boats in waves: each boat run gets the earliest (home) or latest (return) time its boat can make, the
 * first wave meeting a shuttle that leaves at the slot (home) or arrives by it (return); boats assigned
 * greedily, smallest that fits on ties. A run no boat can hold is lost (`no_boat`).
 */
function timeBoats(plan: RoutePlan, slotS: number, w: WaveSettings, lost: LostGroup[]): Timed[] {
  const home = plan.boatRoutes[0]?.direction === 'home';
  const free = w.boatCapacities.map(() => (home ? -Infinity : Infinity));
  const order = plan.boatRoutes.map((route, k) => ({ route, k })).sort((a, b) => b.route.load - a.route.load || a.k - b.k);
  const out: Timed[] = [];
  // The first wave meets a shuttle that leaves at the slot; timed with every pier client on board (the
  // longest boarding), so that any smaller shuttle of the wave can leave at or after the slot.
  const pier = pierStopOf(plan.shuttle(plan.clients.flatMap((x, c) => (x.boatRoute === null ? [] : [c]))));
  const bound = home ? slotS + pier.arriveS + w.transferS : slotS + pier.departS - w.transferS;
  for (const { route, k } of order) {
    let best = -1;
    let bestAt = home ? Infinity : -Infinity;
    w.boatCapacities.forEach((cap, b) => {
      if (cap < route.load) return;
      const at = home ? Math.max(bound, free[b]! + w.turnaroundS - templateStartS(route)) : Math.min(bound, free[b]! - w.turnaroundS - templateEndS(route));
      if ((home ? at < bestAt : at > bestAt) || (at === bestAt && best >= 0 && cap < w.boatCapacities[best]!)) {
        best = b;
        bestAt = at;
      }
    });
    if (best < 0) {
      for (const bc of route.clients) lost.push({ ...groupOf(plan, bc), reason: 'no_boat', text: 'no boat allowed on the date can hold this boat run' });
      continue;
    }
    free[best] = home ? bestAt + templateEndS(route) : bestAt + templateStartS(route);
    out.push({ k, route, atS: bestAt });
  }
  return out;
}

const groupOf = (plan: RoutePlan, boatClient: number) => ({ studentIds: plan.boatClients[boatClient]!.studentIds, placeId: plan.boatClients[boatClient]!.placeId });

/**
 * Places an option's boat runs and the pier shuttles that feed them (home) or take their students on
 * (return). Boats run in waves when there are more runs than boats; the students of a later wave wait at
 * school, not at the pier: each wave has its own shuttle(s), timed so that the bus reaches the pier the
 * transfer time before the boat leaves (home), or leaves it the transfer time after the boat arrives
 * (return). Boat runs of one wave share shuttles up to `shuttleCapacity` seats.
 */
export function placeBoatRuns(plan: RoutePlan, slotS: number, firstIndex: number, w: WaveSettings, lost: LostGroup[]): PlacedRun[] {
  if (plan.boatRoutes.length === 0) return [];
  const home = plan.boatRoutes[0]!.direction === 'home';
  const timed = timeBoats(plan, slotS, w, lost).sort((a, b) => (home ? a.atS - b.atS : b.atS - a.atS) || a.k - b.k);
  const out: PlacedRun[] = [];
  let i = 0;
  while (i < timed.length) {
    // One shuttle: boat runs of the same wave (same time) while seats last.
    const group = [timed[i]!];
    let seats = timed[i]!.route.load;
    for (let j = i + 1; j < timed.length && timed[j]!.atS === timed[i]!.atS && seats + timed[j]!.route.load <= w.shuttleCapacity; j++) {
      group.push(timed[j]!);
      seats += timed[j]!.route.load;
    }
    i += group.length;
    const clients = group.map((g) => plan.clients.findIndex((x) => x.boatRoute === g.k));
    const shuttle = plan.shuttle(clients);
    const pier = pierStopOf(shuttle);
    const anchorS = home ? group[0]!.atS - w.transferS - pier.arriveS : group[0]!.atS + w.transferS - pier.departS;
    const shuttleIndex = firstIndex + out.length;
    out.push({ template: shuttle, anchorS, connectsWith: null, boatRoute: null });
    for (const g of group) out.push({ template: g.route, anchorS: g.atS, connectsWith: shuttleIndex, boatRoute: g.k });
  }
  return out;
}
