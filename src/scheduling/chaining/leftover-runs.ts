import type { ChainingProblem, ChainingTrip } from '../../solver/chaining/chaining-problem.js';
import { checkDuty } from '../../solver/chaining/duty-check.js';
import type { Assignment, UnassignedReason } from '../../solver/chaining/vehicle-assignment.js';
import type { PlacedRun, SchoolOption } from '../options/school-option.js';
import type { RouteTemplate } from '../routes/route-template.js';
import { chunkGroup } from '../demand/school-demand.js';
import { KIND, tripOfRun, type DirectionProblem, type TripRef } from './direction-problem.js';

/** A direction's chaining answer after the leftover runs were planned again. */
export interface LeftoverCover {
  readonly dp: DirectionProblem;
  /** The options, the chosen one of a repaired school holding its new runs after the old ones. */
  readonly options: readonly (readonly SchoolOption[])[];
  readonly assignment: Assignment;
}

/** Trips by start time with `trip` put in its place. */
function insertByStart(trips: readonly ChainingTrip[], duty: readonly number[], trip: number): number[] {
  const at = duty.findIndex((t) => trips[t]!.startS > trips[trip]!.startS);
  return at === -1 ? [...duty, trip] : [...duty.slice(0, at), trip, ...duty.slice(at)];
}

/**
 * The clients (plan indices) as runs of at most `capacity` seats, first-fit decreasing: each client goes
 * into the first run where its cheapest insertion keeps the load and every ride limit, else opens a run.
 */
function packForSize(o: SchoolOption, clients: readonly number[], capacity: number): RouteTemplate[] {
  const all = o.plan.clients;
  const ok = (t: RouteTemplate) => t.load <= capacity && [...t.rideS].every(([c, ride]) => ride <= all[c]!.maxRideS);
  const routes: { order: number[]; template: RouteTemplate }[] = [];
  for (const c of [...clients].sort((a, b) => all[b]!.studentIds.length - all[a]!.studentIds.length || a - b)) {
    if (all[c]!.studentIds.length > capacity) return [];
    let placed = false;
    for (const r of routes) {
      let best: { order: number[]; template: RouteTemplate } | null = null;
      for (let at = 0; at <= r.order.length; at++) {
        const order = [...r.order.slice(0, at), c, ...r.order.slice(at)];
        const template = o.plan.shuttle(order);
        if (ok(template) && (best === null || template.drivingS < best.template.drivingS)) best = { order, template };
      }
      if (best !== null) {
        Object.assign(r, best);
        placed = true;
        break;
      }
    }
    if (!placed) {
      const template = o.plan.shuttle([c]);
      if (!ok(template)) return [];
      routes.push({ order: [c], template });
    }
  }
  return routes.map((r) => r.template);
}

const DUTY_RULES = new Set(['continuous_driving', 'night_continuous_driving', 'daily_driving']);

/** Why no bus takes trip `t`: none large enough, or some large enough is free but the duty rules forbid it, or all are busy. */
function whyNot(p: ChainingProblem, duties: ReadonlyMap<number, number[]>, t: number): UnassignedReason {
  const trip = p.trips[t]!;
  const large = p.vehicles.map((v, k) => ({ v, k })).filter(({ v }) => v.kind === trip.kind && v.capacity >= trip.load);
  if (large.length === 0) return 'over_capacity';
  const rules = large.some(({ k }) => DUTY_RULES.has(checkDuty(p, k, insertByStart(p.trips, duties.get(k) ?? [], t)).violation ?? ''));
  return rules ? 'duty_rules' : 'fleet_exhausted';
}

/** Halvings of stops allowed per school (a stop of 53 ends in parts of 14 at most). */
const MAX_SPLITS = 4;

/** The option with the largest of `clients` halved (new clients appended to its plan), or null. */
function splitLargest(o: SchoolOption, clients: readonly number[]): { o: SchoolOption; clients: number[] } | null {
  const all = o.plan.clients;
  const big = clients.reduce((b, c) => (all[c]!.studentIds.length > all[b]!.studentIds.length ? c : b), clients[0]!);
  const n = all[big]!.studentIds.length;
  if (n < 2) return null;
  const parts = chunkGroup({ placeId: all[big]!.placeId, studentIds: all[big]!.studentIds }, Math.ceil(n / 2));
  const added = parts.map((x) => ({ ...all[big]!, studentIds: x.studentIds }));
  const grown = [...all, ...added];
  const plan = { ...o.plan, clients: grown, shuttle: (order: readonly number[]) => o.plan.busRun(grown, order) };
  return { o: { ...o, plan }, clients: [...clients.filter((c) => c !== big), ...added.map((_, k) => all.length + k)] };
}

interface Trial {
  readonly placed: { readonly template: RouteTemplate; readonly vehicle: number }[];
  readonly rest: RouteTemplate[];
  readonly students: number;
}

/** Puts the runs (largest first) on the buses that can still take them; the smallest bus that fits wins. */
function tryPlace(p: ChainingProblem, trips: ChainingTrip[], duties: ReadonlyMap<number, number[]>, runs: readonly PlacedRun[], trip: (r: PlacedRun) => ChainingTrip): Trial {
  const base = trips.length;
  const trial = new Map(duties);
  const placed: Trial['placed'] = [];
  const rest: RouteTemplate[] = [];
  let students = 0;
  for (const r of [...runs].sort((a, b) => b.template.load - a.template.load)) {
    const index = trips.length;
    trips.push(trip(r));
    let best = -1;
    let bestKey = Infinity;
    p.vehicles.forEach((v, k) => {
      if (v.kind !== KIND.bus || v.capacity < r.template.load) return;
      const duty = trial.get(k) ?? [];
      if (!checkDuty(p, k, insertByStart(trips, duty, index)).feasible) return;
      const key = (v.capacity - r.template.load) * 2 + (duty.length === 0 ? 1 : 0);
      if (key < bestKey) {
        bestKey = key;
        best = k;
      }
    });
    if (best < 0) {
      trips.pop();
      rest.push(r.template);
      continue;
    }
    trial.set(best, insertByStart(trips, trial.get(best) ?? [], index));
    placed.push({ template: r.template, vehicle: best });
    students += r.template.load;
  }
  trips.length = base; // a trial leaves the problem as it was
  return { placed, rest, students };
}

/**
 * Bus runs the vehicle assignment left without a vehicle were routed for a size that is all busy then
 * (typically a 53-seat coach). Their students are packed again for every bus size of the fleet, each
 * packing tried on the buses that still have time at the school's slot (idle ones, or a gap in a duty,
 * under the duty rules), and the packing that seats the most students is kept; then again on what is
 * left. What no bus can take stays unassigned, packed for the largest bus (for `vehiclesNeeded`). Pier
 * shuttles (their boats hang on them) are left as they are.
 */
export function coverLeftovers(dp: DirectionProblem, options: readonly (readonly SchoolOption[])[], choice: Int32Array, assignment: Assignment, placeIds: readonly string[]): LeftoverCover {
  const loc = new Map(placeIds.map((id, i) => [id, i]));
  const trips = [...dp.problem.trips];
  const refs: TripRef[] = [...dp.refs];
  const p: ChainingProblem = { ...dp.problem, trips };
  const duties = new Map(assignment.duties.map((d) => [d.vehicle, [...d.trips]]));
  const unassigned: Assignment['unassigned'][number][] = [];
  const lostByGroup = new Map<number, number[]>();
  for (const u of assignment.unassigned) {
    const ref = refs[u.trip]!;
    const o = options[ref.group]![ref.option]!;
    const feedsBoat = o.runs.some((b) => b.connectsWith === ref.run);
    if (o.runs[ref.run]!.template.mode !== 'bus' || feedsBoat) unassigned.push(u);
    else lostByGroup.set(ref.group, [...(lostByGroup.get(ref.group) ?? []), u.trip]);
  }
  const out = options.map((opts) => [...opts]);
  const sizes = [...new Set(p.vehicles.filter((v) => v.kind === KIND.bus).map((v) => v.capacity))].sort((a, b) => b - a);
  for (const [g, lost] of lostByGroup) {
    const option = choice[g]!;
    let o = out[g]![option]!;
    let splits = 0;
    const extra: PlacedRun[] = [];
    let clients = lost.flatMap((t) => o.runs[refs[t]!.run]!.template.clients);
    const toRun = (template: RouteTemplate): PlacedRun => ({ template, anchorS: o.slotS, connectsWith: null, boatRoute: null });
    const add = (template: RouteTemplate, vehicle: number | null) => {
      const run: PlacedRun = { template, anchorS: o.slotS, connectsWith: null, boatRoute: null };
      refs.push({ group: g, option, run: o.runs.length + extra.length });
      extra.push(run);
      trips.push(tripOfRun(run, g, option, loc));
      const t = trips.length - 1;
      if (vehicle === null) unassigned.push({ trip: t, reason: whyNot(p, duties, t) });
      else duties.set(vehicle, insertByStart(trips, duties.get(vehicle) ?? [], t));
    };
    while (clients.length > 0) {
      let best: Trial | null = null;
      for (const size of sizes) {
        const runs = packForSize(o, clients, size);
        if (runs.length === 0) continue;
        const trial = tryPlace(p, trips, duties, runs.map(toRun), (r) => tripOfRun(r, g, option, loc));
        if (best === null || trial.students > best.students || (trial.students === best.students && trial.placed.length < best.placed.length)) best = trial;
      }
      if (best === null || best.placed.length === 0) {
        // A stop too big for every bus with time (one village, one 53-seat run): halve it and try again.
        const split = splitLargest(o, clients);
        if (split === null || ++splits > MAX_SPLITS) break;
        ({ o, clients } = split);
        continue;
      }
      for (const r of best.placed) add(r.template, r.vehicle);
      clients = best.rest.flatMap((t) => t.clients);
    }
    if (clients.length > 0) {
      const packed = packForSize(o, clients, sizes[0]!);
      for (const t of packed.length > 0 ? packed : clients.map((c) => o.plan.shuttle([c]))) add(t, null);
    }
    out[g]![option] = { ...o, runs: [...o.runs, ...extra] };
  }
  const newDuties = [...duties].filter(([, d]) => d.length > 0).map(([vehicle, t]) => ({ vehicle, trips: t })).sort((a, b) => a.vehicle - b.vehicle);
  return { dp: { problem: p, refs }, options: out, assignment: { duties: newDuties, unassigned, deadheadM: assignment.deadheadM } };
}
