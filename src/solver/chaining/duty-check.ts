import type { ChainingProblem } from './chaining-problem.js';

/** Why a vehicle cannot run a sequence of trips. */
export type DutyViolation =
  | 'kind' | 'capacity' | 'unreachable' | 'too_late' | 'not_available'
  | 'continuous_driving' | 'night_continuous_driving' | 'daily_driving';

/** The verdict on one vehicle running trips in the given order, with its totals when feasible. */
export interface DutyCheck {
  readonly feasible: boolean;
  readonly violation?: DutyViolation;
  /** Index into the trip list where the first violation occurs (trips.length = the return to depot). */
  readonly at?: number;
  /** Total driving time, loaded and empty, depot legs included (s). */
  readonly drivingS: number;
  /** Empty distance, depot legs included (m). */
  readonly deadheadM: number;
  /** Loaded distance (m). */
  readonly loadedM: number;
}

function overlapsNight(p: ChainingProblem, fromS: number, toS: number): boolean {
  const { nightFromS: a, nightToS: b } = p.duty;
  const day = 86_400;
  for (let base = Math.floor(fromS / day) * day - day; base <= toS; base += day) {
    const start = base + a;
    const end = a < b ? base + b : base + day + b;
    if (fromS < end && toS > start) return true;
  }
  return false;
}

const fail = (violation: DutyViolation, at: number): DutyCheck => ({ feasible: false, violation, at, drivingS: 0, deadheadM: 0, loadedM: 0 });

/**
 * Checks one day of a duty (or the whole duty of a one-day problem) within the availability
 * [fromS, toS]; see {@link checkDuty}.
 */
function checkDayDuty(p: ChainingProblem, vehicle: number, trips: readonly number[], fromS: number, toS: number): DutyCheck {
  const v = { ...p.vehicles[vehicle]!, availableFromS: fromS, availableToS: toS };
  return checkSequence(p, v, trips);
}

/**
 * Checks that `vehicle` can run `trips` in this order: kind and capacity, reachability, time to drive
 * empty between them, availability from and back to its depot, and the driver's duty rules. A pause of
 * at least `minBreakS` resets continuous driving; the driver takes it where it helps most (after the
 * empty drive when that still fits the limit, else before it). The night limit applies to a block of
 * driving that touches the night window.
 */
export function checkDuty(p: ChainingProblem, vehicle: number, trips: readonly number[]): DutyCheck {
  const v = p.vehicles[vehicle]!;
  if (p.dayLengthS === undefined) return checkSequence(p, v, trips);
  return checkDays(p, vehicle, trips, p.dayLengthS);
}

/**
 * A duty over several days: each day's trips (in order; days must not go backwards) run from and back
 * to the depot within that day's availability, on a day the vehicle may work; the totals add up.
 */
function checkDays(p: ChainingProblem, vehicle: number, trips: readonly number[], dayS: number): DutyCheck {
  const v = p.vehicles[vehicle]!;
  let drivingS = 0;
  let deadheadM = 0;
  let loadedM = 0;
  let start = 0;
  while (start < trips.length) {
    const day = Math.floor(p.trips[trips[start]!]!.startS / dayS);
    let end = start;
    while (end < trips.length && Math.floor(p.trips[trips[end]!]!.startS / dayS) === day) end++;
    if (end < trips.length && Math.floor(p.trips[trips[end]!]!.startS / dayS) < day) return fail('too_late', end);
    if (v.days !== undefined && !v.days.includes(day)) return fail('not_available', start);
    const check = checkDayDuty(p, vehicle, trips.slice(start, end), day * dayS + v.availableFromS, day * dayS + v.availableToS);
    if (!check.feasible) return { ...check, at: (check.at ?? 0) + start };
    drivingS += check.drivingS;
    deadheadM += check.deadheadM;
    loadedM += check.loadedM;
    start = end;
  }
  return { feasible: true, drivingS, deadheadM, loadedM };
}

/** The single-day check on a vehicle description (availability as absolute times). */
function checkSequence(p: ChainingProblem, v: ChainingProblem['vehicles'][number], trips: readonly number[]): DutyCheck {
  const n = p.locCount;
  if (trips.length === 0) return { feasible: true, drivingS: 0, deadheadM: 0, loadedM: 0 };
  let loc = v.depotLoc;
  let freeAt = 0;
  let driving = 0;
  let block = 0;
  let blockStart = 0;
  let deadheadM = 0;
  let loadedM = 0;
  const limit = (from: number, to: number) => (overlapsNight(p, from, to) ? p.duty.maxContinuousNightDrivingS : p.duty.maxContinuousDrivingS);
  for (let i = 0; i < trips.length; i++) {
    const t = p.trips[trips[i]!]!;
    if (t.kind !== v.kind) return fail('kind', i);
    if (t.load > v.capacity) return fail('capacity', i);
    // Trips of one group may share a vehicle when time allows (a boat's second wave, a later pier
    // shuttle); runs of a group that leave together are kept apart by the time check below.
    const dh = p.deadheadS[loc * n + t.startLoc]!;
    if (dh < 0) return fail('unreachable', i);
    const arriveBy = t.startS - p.turnaroundS;
    if (i === 0) {
      if (arriveBy - dh < v.availableFromS) return fail('not_available', i);
      block = dh + t.drivingS;
      blockStart = arriveBy - dh;
    } else {
      const pause = t.startS - freeAt - dh;
      if (arriveBy - dh < freeAt) return fail('too_late', i);
      if (pause >= p.duty.minBreakS) {
        const restAtStart = block + dh <= limit(blockStart, freeAt + dh);
        block = restAtStart ? t.drivingS : dh + t.drivingS;
        blockStart = restAtStart ? t.startS : arriveBy - dh;
      } else block += dh + t.drivingS;
    }
    if (block > limit(blockStart, t.endS)) {
      return fail(overlapsNight(p, blockStart, t.endS) ? 'night_continuous_driving' : 'continuous_driving', i);
    }
    driving += dh + t.drivingS;
    if (driving > p.duty.maxDailyDrivingS) return fail('daily_driving', i);
    deadheadM += p.deadheadM[loc * n + t.startLoc]!;
    loadedM += t.distanceM;
    loc = t.endLoc;
    freeAt = t.endS;
  }
  const back = p.deadheadS[loc * n + v.depotLoc]!;
  if (back < 0) return fail('unreachable', trips.length);
  if (freeAt + back > v.availableToS) return fail('not_available', trips.length);
  const pause = v.availableToS - freeAt - back;
  const homeBlock = pause >= p.duty.minBreakS ? back : block + back;
  if (homeBlock > limit(freeAt, freeAt + back)) return fail('continuous_driving', trips.length);
  driving += back;
  if (driving > p.duty.maxDailyDrivingS) return fail('daily_driving', trips.length);
  deadheadM += p.deadheadM[loc * n + v.depotLoc]!;
  return { feasible: true, drivingS: driving, deadheadM, loadedM };
}
