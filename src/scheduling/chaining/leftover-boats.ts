import type { ChainingProblem, ChainingTrip } from '../../solver/chaining/chaining-problem.js';
import { checkDuty } from '../../solver/chaining/duty-check.js';
import type { PlacedRun, SchoolOption } from '../options/school-option.js';
import type { RouteTemplate } from '../routes/route-template.js';
import { tripOfRun, type TripRef } from './direction-problem.js';
import type { LeftoverCover } from './leftover-runs.js';

/** How far a boat run left without a boat may move from its wave (s): students wait at school, not at the pier. */
export const MAX_WAVE_SHIFT_S = 3 * 3600;
const STEP_S = 300;

/** Trips by start time with `trip` put in its place. */
function insertByStart(trips: readonly ChainingTrip[], duty: readonly number[], trip: number): number[] {
  const at = duty.findIndex((t) => trips[t]!.startS > trips[trip]!.startS);
  return at === -1 ? [...duty, trip] : [...duty.slice(0, at), trip, ...duty.slice(at)];
}

const pierStopOf = (t: RouteTemplate) => t.stops.find((s) => s.placeId !== t.stops[t.direction === 'home' ? 0 : t.stops.length - 1]!.placeId)!;

/** The vehicle of `kind` that can add trip `index` (smallest first), or -1. */
function vehicleFor(p: ChainingProblem, duties: ReadonlyMap<number, number[]>, index: number): number {
  const trip = p.trips[index]!;
  let best = -1;
  p.vehicles.forEach((v, k) => {
    if (v.kind !== trip.kind || v.capacity < trip.load || (best >= 0 && p.vehicles[best]!.capacity <= v.capacity)) return;
    if (checkDuty(p, k, insertByStart(p.trips, duties.get(k) ?? [], index)).feasible) best = k;
  });
  return best;
}

/**
 * Boat runs left without a boat (the school's waves were timed as if it had the boats to itself, and
 * another school's waves hold them) move to a later wave (home) or an earlier one (return), in steps
 * of 5 min up to {@link MAX_WAVE_SHIFT_S}, with a pier shuttle of their own timed to the boat as in
 * `placeBoatRuns`; their students leave the shuttle they shared. Kept only when a boat and a bus both
 * take the moved pair under the duty rules and the old shuttle still fits its vehicle.
 */
export function moveLeftoverBoats(cover: LeftoverCover, choice: Int32Array, transferS: number, placeIds: readonly string[]): LeftoverCover {
  const loc = new Map(placeIds.map((id, i) => [id, i]));
  const p = cover.dp.problem;
  const trips = p.trips as ChainingTrip[];
  const refs = cover.dp.refs as TripRef[];
  const duties = new Map(cover.assignment.duties.map((d) => [d.vehicle, [...d.trips]]));
  const options = cover.options.map((o) => [...o]);
  const unassigned: LeftoverCover['assignment']['unassigned'][number][] = [];
  const tripOf = new Map(refs.map((r, i) => [`${r.group}:${r.option}:${r.run}`, i]));
  for (const u of cover.assignment.unassigned) {
    const ref = refs[u.trip]!;
    const o = options[ref.group]![choice[ref.group]!]!;
    const boat = o.runs[ref.run]!;
    if (ref.option !== choice[ref.group] || boat.template.mode !== 'boat' || boat.connectsWith === null) {
      unassigned.push(u);
      continue;
    }
    const moved = moveOne(o, ref.run, boat, { p, trips, refs, duties, tripOf, transferS, loc, group: ref.group, option: ref.option });
    if (moved === null) unassigned.push(u);
    else options[ref.group]![ref.option] = moved;
  }
  const list = [...duties].filter(([, d]) => d.length > 0).map(([vehicle, t]) => ({ vehicle, trips: t })).sort((a, b) => a.vehicle - b.vehicle);
  return { dp: { problem: p, refs }, options, assignment: { duties: list, unassigned, deadheadM: cover.assignment.deadheadM } };
}

interface MoveContext {
  readonly p: ChainingProblem;
  readonly trips: ChainingTrip[];
  readonly refs: TripRef[];
  readonly duties: Map<number, number[]>;
  readonly tripOf: Map<string, number>;
  readonly transferS: number;
  readonly loc: ReadonlyMap<string, number>;
  readonly group: number;
  readonly option: number;
}

/** Moves one boat run with a new shuttle; returns the option with its runs changed, or null. */
function moveOne(o: SchoolOption, run: number, boat: PlacedRun, c: MoveContext): SchoolOption | null {
  const home = o.direction === 'home';
  const pierClient = o.plan.clients.findIndex((x) => x.boatRoute === boat.boatRoute);
  const oldIndex = boat.connectsWith!;
  const old = o.runs[oldIndex]!;
  const oldTrip = c.tripOf.get(`${c.group}:${c.option}:${oldIndex}`);
  const oldVehicle = oldTrip === undefined ? -1 : [...c.duties].find(([, d]) => d.includes(oldTrip))?.[0] ?? -1;
  if (pierClient < 0 || oldTrip === undefined || oldVehicle < 0) return null;
  // The old shuttle without these students (same anchor: it reaches the pier earlier, or leaves it later).
  const rest = old.template.clients.filter((k) => k !== pierClient);
  const reduced: PlacedRun | null = rest.length === 0 ? null : { ...old, template: o.plan.shuttle(rest) };
  const shuttle = o.plan.shuttle([pierClient]);
  const pier = pierStopOf(shuttle);
  const savedOld = c.trips[oldTrip]!;
  const oldDuty = c.duties.get(oldVehicle)!;
  const withoutOld = oldDuty.filter((t) => t !== oldTrip);
  if (reduced !== null) {
    c.trips[oldTrip] = tripOfRun(reduced, c.group, c.option, c.loc);
    if (!checkDuty(c.p, oldVehicle, oldDuty).feasible) {
      c.trips[oldTrip] = savedOld;
      return null;
    }
  }
  c.duties.set(oldVehicle, reduced === null ? withoutOld : oldDuty);
  const base = c.trips.length;
  for (let shift = 0; shift <= MAX_WAVE_SHIFT_S; shift += STEP_S) {
    const atS = home ? boat.anchorS + shift : boat.anchorS - shift;
    const anchorS = home ? atS - c.transferS - pier.arriveS : atS + c.transferS - pier.departS;
    if (home ? anchorS < o.slotS : anchorS > o.slotS) continue;
    const newShuttle: PlacedRun = { template: shuttle, anchorS, connectsWith: null, boatRoute: null };
    const shuttleIndex = o.runs.length;
    const newBoat: PlacedRun = { ...boat, anchorS: atS, connectsWith: shuttleIndex };
    c.trips.push(tripOfRun(newShuttle, c.group, c.option, c.loc), tripOfRun(newBoat, c.group, c.option, c.loc));
    const bus = vehicleFor(c.p, c.duties, base);
    const vessel = bus < 0 ? -1 : vehicleFor(c.p, c.duties, base + 1);
    if (bus >= 0 && vessel >= 0) {
      c.duties.set(bus, insertByStart(c.trips, c.duties.get(bus) ?? [], base));
      c.duties.set(vessel, insertByStart(c.trips, c.duties.get(vessel) ?? [], base + 1));
      c.refs.push({ group: c.group, option: c.option, run: shuttleIndex }, { group: c.group, option: c.option, run: shuttleIndex + 1 });
      const runs = [...o.runs, newShuttle, newBoat];
      if (reduced !== null) runs[oldIndex] = reduced;
      // The boat's old place in the option stays, unused: its trip is neither assigned nor unassigned.
      return { ...o, runs };
    }
    c.trips.length = base;
  }
  c.trips[oldTrip] = savedOld;
  c.duties.set(oldVehicle, oldDuty);
  return null;
}
