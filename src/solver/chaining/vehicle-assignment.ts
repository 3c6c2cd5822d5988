import type { ChainingProblem } from './chaining-problem.js';
import { checkDuty, type DutyViolation } from './duty-check.js';
import { minimumPathCover } from './path-cover.js';

/** The trips one vehicle runs in a day, in order. */
export interface Duty {
  readonly vehicle: number;
  readonly trips: readonly number[];
}

/**
 * Why a trip got no vehicle: no vehicle of its kind, none large enough, all large enough busy then, or
 * the ones free then would break the driver's duty rules.
 */
export type UnassignedReason = 'no_vehicle_of_kind' | 'over_capacity' | 'fleet_exhausted' | 'duty_rules';

/** Vehicle duties for the selected trips, and the trips no vehicle could take. */
export interface Assignment {
  readonly duties: readonly Duty[];
  readonly unassigned: readonly { readonly trip: number; readonly reason: UnassignedReason }[];
  /** Total empty distance including depot legs (m). */
  readonly deadheadM: number;
}

interface Draft {
  duties: Map<number, number[]>;
  unassigned: { trip: number; reason: UnassignedReason }[];
}

function reasonFor(p: ChainingProblem, trip: number): UnassignedReason {
  const t = p.trips[trip]!;
  const sameKind = p.vehicles.filter((v) => v.kind === t.kind);
  if (sameKind.length === 0) return 'no_vehicle_of_kind';
  if (sameKind.every((v) => v.capacity < t.load)) return 'over_capacity';
  return 'fleet_exhausted';
}

/** Inserts `trip` into a time-ordered duty at its place by start time. */
function withTrip(p: ChainingProblem, duty: readonly number[], trip: number): number[] {
  const start = p.trips[trip]!.startS;
  const at = duty.findIndex((t) => p.trips[t]!.startS > start);
  return at === -1 ? [...duty, trip] : [...duty.slice(0, at), trip, ...duty.slice(at)];
}

/** Smallest suitable idle vehicle for a trip sequence (closest depot on ties), or -1. */
function freshVehicle(p: ChainingProblem, used: ReadonlyMap<number, number[]>, trips: readonly number[]): number {
  let best = -1;
  let bestKey = Infinity;
  const first = p.trips[trips[0]!]!;
  for (let v = 0; v < p.vehicles.length; v++) {
    if (used.has(v)) continue;
    if (!checkDuty(p, v, trips).feasible) continue;
    const vehicle = p.vehicles[v]!;
    const key = vehicle.capacity * 1e7 + Math.max(0, p.deadheadS[vehicle.depotLoc * p.locCount + first.startLoc]!);
    if (key < bestKey) {
      bestKey = key;
      best = v;
    }
  }
  return best;
}

/** Construction 1: trips by start time, each to the used vehicle that fits it best, else a fresh one. */
function greedyByStart(p: ChainingProblem, selected: Int32Array): Draft {
  const order = Array.from(selected).sort((a, b) => p.trips[a]!.startS - p.trips[b]!.startS || p.trips[b]!.load - p.trips[a]!.load);
  const duties = new Map<number, number[]>();
  const unassigned: Draft['unassigned'] = [];
  for (const trip of order) {
    const t = p.trips[trip]!;
    let best = -1;
    let bestKey = Infinity;
    for (const [v, duty] of duties) {
      const candidate = [...duty, trip];
      if (!checkDuty(p, v, candidate).feasible) continue;
      const last = p.trips[duty[duty.length - 1]!]!;
      const key = (p.vehicles[v]!.capacity - t.load) * 1e6 + p.deadheadS[last.endLoc * p.locCount + t.startLoc]!;
      if (key < bestKey) {
        bestKey = key;
        best = v;
      }
    }
    if (best === -1) best = freshVehicle(p, duties, [trip]);
    if (best === -1) unassigned.push({ trip, reason: reasonFor(p, trip) });
    else duties.set(best, [...(duties.get(best) ?? []), trip]);
  }
  return { duties, unassigned };
}

/** Construction 2: minimum path-cover chains, largest loads first, each split where no vehicle can run it whole. */
function fromPathCover(p: ChainingProblem, selected: Int32Array): Draft {
  const maxLoad = (c: readonly number[]) => Math.max(...c.map((t) => p.trips[t]!.load));
  const pending = minimumPathCover(p, selected).chains.map((c) => [...c]).sort((a, b) => maxLoad(b) - maxLoad(a));
  const duties = new Map<number, number[]>();
  const unassigned: Draft['unassigned'] = [];
  while (pending.length > 0) {
    const chain = pending.shift()!;
    let cut = chain.length;
    let vehicle = freshVehicle(p, duties, chain);
    while (vehicle === -1 && cut > 1) {
      cut--;
      vehicle = freshVehicle(p, duties, chain.slice(0, cut));
    }
    if (vehicle === -1) {
      unassigned.push({ trip: chain[0]!, reason: reasonFor(p, chain[0]!) });
      cut = 1;
    } else duties.set(vehicle, chain.slice(0, cut));
    if (cut < chain.length) pending.unshift(chain.slice(cut));
  }
  return { duties, unassigned };
}

/** Tries to empty the lightest duties by moving their trips into the others; also places unassigned trips. */
function eliminateVehicles(p: ChainingProblem, draft: Draft): void {
  const tryPlace = (trip: number, skip: number): boolean => {
    for (const [v, duty] of draft.duties) {
      if (v === skip) continue;
      const candidate = withTrip(p, duty, trip);
      if (checkDuty(p, v, candidate).feasible) {
        draft.duties.set(v, candidate);
        return true;
      }
    }
    return false;
  };
  draft.unassigned = draft.unassigned.filter((u) => !tryPlace(u.trip, -1));
  const byLength = [...draft.duties.keys()].sort((a, b) => draft.duties.get(a)!.length - draft.duties.get(b)!.length);
  for (const v of byLength) {
    const trips = draft.duties.get(v);
    if (trips === undefined) continue;
    const snapshot = new Map([...draft.duties].map(([k, d]) => [k, [...d]]));
    draft.duties.delete(v);
    if (!trips.every((t) => tryPlace(t, v))) draft.duties = new Map([...snapshot]);
  }
}

/**
 * Ejection repair for the trips still without a vehicle: put the trip on a vehicle (used or idle) in
 * place of one of its trips, and move the ejected trip to another vehicle; the largest loads first.
 * Stops at `deadline` (epoch ms).
 */
function repairUnassigned(p: ChainingProblem, draft: Draft, deadline: number): void {
  const tryElsewhere = (trip: number, skip: number): number => {
    for (let v = 0; v < p.vehicles.length; v++) {
      if (v === skip) continue;
      const duty = draft.duties.get(v) ?? [];
      if (checkDuty(p, v, withTrip(p, duty, trip)).feasible) return v;
    }
    return -1;
  };
  const left: Draft['unassigned'] = [];
  const pending = [...draft.unassigned].sort((a, b) => p.trips[b.trip]!.load - p.trips[a.trip]!.load);
  for (const u of pending) {
    let placed = false;
    for (let v = 0; v < p.vehicles.length && !placed && Date.now() < deadline; v++) {
      const duty = draft.duties.get(v) ?? [];
      if (checkDuty(p, v, withTrip(p, duty, u.trip)).feasible) {
        draft.duties.set(v, withTrip(p, duty, u.trip));
        placed = true;
        break;
      }
      for (const out of duty) {
        const rest = duty.filter((t) => t !== out);
        const swapped = withTrip(p, rest, u.trip);
        if (!checkDuty(p, v, swapped).feasible) continue;
        const to = tryElsewhere(out, v);
        if (to === -1) continue;
        draft.duties.set(v, swapped);
        draft.duties.set(to, withTrip(p, draft.duties.get(to) ?? [], out));
        placed = true;
        break;
      }
    }
    if (!placed) left.push(u);
  }
  draft.unassigned = left;
}

function score(p: ChainingProblem, d: Draft): [number, number, number] {
  let deadheadM = 0;
  for (const [v, trips] of d.duties) deadheadM += checkDuty(p, v, trips).deadheadM;
  const lost = d.unassigned.reduce((s, u) => s + p.trips[u.trip]!.load, 0);
  return [lost, d.duties.size, deadheadM];
}

const better = (a: readonly number[], b: readonly number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
};

/**
 * Assigns the selected trips to vehicles: two constructions (greedy by start time; minimum path cover
 * then fit to vehicles), each improved by vehicle elimination and, when trips are left over, an ejection
 * repair (within `repairTimeLimitMs` per construction); the better one wins on
 * (passengers left without a vehicle, vehicles used, empty kilometres).
 */
export function assignVehicles(p: ChainingProblem, selected: Int32Array, repairTimeLimitMs = 2_000): Assignment {
  let best: Draft | undefined;
  let bestScore: [number, number, number] = [Infinity, Infinity, Infinity];
  for (const build of [greedyByStart, fromPathCover]) {
    const draft = build(p, selected);
    eliminateVehicles(p, draft);
    if (draft.unassigned.length > 0) repairUnassigned(p, draft, Date.now() + repairTimeLimitMs);
    const s = score(p, draft);
    if (best === undefined || better(s, bestScore)) {
      best = draft;
      bestScore = s;
    }
  }
  const duties = [...best!.duties].map(([vehicle, trips]) => ({ vehicle, trips })).sort((a, b) => a.vehicle - b.vehicle);
  return { duties, unassigned: best!.unassigned, deadheadM: bestScore[2] };
}

export type { DutyViolation };
