import type { ChainingTrip } from '../../solver/chaining/chaining-problem.js';
import { checkDuty } from '../../solver/chaining/duty-check.js';
import type { ScheduleRun, UnservedReason } from '../model/schedule-schema.js';
import { dayOffsetOf } from '../time/weekend-clock.js';
import { DayBoard, tripOfRun, type DayBoardInput } from './day-board.js';

/** A run looking for a vehicle, and the vehicle it had (kept when it still can). */
export interface RunToPlace {
  readonly run: ScheduleRun;
  readonly preferredVehicleId: string | null;
}

/** Where the runs of a proposal go: a vehicle and driver per run index, and the runs left without. */
export interface Placement {
  readonly vehicleOf: ReadonlyMap<number, { readonly vehicleId: string; readonly driverId: string }>;
  readonly unplaced: readonly { readonly index: number; readonly reason: UnservedReason; readonly text: string }[];
  /** Students on board of the unplaced runs (their largest load), the placement's loss. */
  readonly lostLoad: number;
  /** Vehicles that had no duty that day and get one. */
  readonly activated: number;
  /** Puts the placement on the board (once, before any other placement). */
  readonly commit: () => void;
}

interface Trial {
  readonly board: DayBoard;
  readonly duties: Map<number, number[]>;
  readonly driverOf: Map<number, string>;
  readonly taken: Set<string>;
}

const lexLess = (a: readonly number[], b: readonly number[]): boolean => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
};

const insertByStart = (trips: readonly ChainingTrip[], duty: readonly number[], t: number): number[] => {
  const at = duty.findIndex((x) => trips[x]!.startS > trips[t]!.startS);
  return at === -1 ? [...duty, t] : [...duty.slice(0, at), t, ...duty.slice(at)];
};

/**
 * The vehicle duties of the weekend while re-planning: frozen runs stay on their vehicles (fixed trips
 * that `checkDuty` sees in every duty), and the runs of a proposal are inserted into the spare time of
 * those duties or onto vehicles allowed on the date and not used yet. `place` tries without changing
 * anything; `commit` of the chosen placement applies it.
 */
export class DutyBoard {
  readonly #boards = new Map<number, DayBoard>();
  readonly #input: Omit<DayBoardInput, 'frozen' | 'nextGroup'>;
  readonly #frozen: readonly ScheduleRun[];
  #group = 0;

  constructor(input: Omit<DayBoardInput, 'frozen' | 'nextGroup'> & { readonly frozen: readonly ScheduleRun[] }) {
    this.#input = input;
    this.#frozen = input.frozen;
  }

  /** The board of a service day, built on first use. */
  day(day: number): DayBoard {
    let b = this.#boards.get(day);
    if (b === undefined) {
      b = new DayBoard(day, { ...this.#input, frozen: this.#frozen.filter((r) => dayOffsetOf(r.stops[0]!.arriveS) === day), nextGroup: () => this.#group++ });
      this.#boards.set(day, b);
    }
    return b;
  }

  /** Every day board built so far. */
  boards(): DayBoard[] {
    return [...this.#boards.values()];
  }

  /**
   * Places runs (a proposal of one school and direction) with the published runs `removed` taken off
   * their vehicles: preferred vehicle first, then a vehicle already on duty that day, then the smallest
   * that fits, then the least extra empty driving. Runs of one `linked` set (a bus and its boats) stand
   * or fall together. Two orders are tried (kept vehicles and big loads first; by start time).
   */
  place(runs: readonly RunToPlace[], removed: ReadonlySet<string>, linked: readonly (readonly number[])[]): Placement {
    const group = this.#group++;
    const orders = [
      runs.map((_, i) => i).sort((a, b) => Number(runs[a]!.preferredVehicleId === null) - Number(runs[b]!.preferredVehicleId === null) || runs[b]!.run.maxLoad - runs[a]!.run.maxLoad || a - b),
      runs.map((_, i) => i).sort((a, b) => runs[a]!.run.stops[0]!.arriveS - runs[b]!.run.stops[0]!.arriveS || a - b),
    ];
    let best: Placement | undefined;
    for (const order of orders) {
      const p = this.#tryOrder(runs, removed, linked, order, group);
      if (best === undefined || p.lostLoad < best.lostLoad || (p.lostLoad === best.lostLoad && p.activated < best.activated)) best = p;
    }
    return best!;
  }

  #trialOf(trials: Map<number, Trial>, day: number, removed: ReadonlySet<string>): Trial {
    let t = trials.get(day);
    if (t !== undefined) return t;
    const board = this.day(day);
    const gone = new Set([...removed].map((id) => board.tripOfRun.get(id)).filter((x): x is number => x !== undefined));
    const duties = new Map<number, number[]>();
    for (const [v, d] of board.duties) {
      const left = d.filter((x) => !gone.has(x));
      if (left.length > 0) duties.set(v, left);
    }
    t = { board, duties, driverOf: new Map(board.driverOf), taken: new Set(board.taken) };
    trials.set(day, t);
    return t;
  }

  #tryOrder(runs: readonly RunToPlace[], removed: ReadonlySet<string>, linked: readonly (readonly number[])[], order: readonly number[], group: number): Placement {
    const trials = new Map<number, Trial>();
    const bases = new Map<DayBoard, number>();
    const tripIndex = new Map<number, number>();
    const vehicleOf = new Map<number, { vehicleId: string; driverId: string }>();
    const unplaced: { index: number; reason: UnservedReason; text: string }[] = [];
    let activated = 0;
    for (const i of order) {
      const run = runs[i]!.run;
      const trial = this.#trialOf(trials, dayOffsetOf(run.stops[0]!.arriveS), removed);
      const b = trial.board;
      if (!bases.has(b)) bases.set(b, b.trips.length);
      const t = b.trips.length;
      b.trips.push(tripOfRun(run, group, b.loc));
      tripIndex.set(i, t);
      const v = this.#bestVehicle(trial, t, runs[i]!.preferredVehicleId);
      if (v < 0) {
        unplaced.push({ index: i, ...this.#whyNot(b, t) });
        continue;
      }
      if (!trial.duties.has(v)) activated++;
      trial.duties.set(v, insertByStart(b.trips, trial.duties.get(v) ?? [], t));
      if (!trial.driverOf.has(v)) {
        const driver = b.drivers[v]!.find((d) => !trial.taken.has(d))!;
        trial.driverOf.set(v, driver);
        trial.taken.add(driver);
      }
      vehicleOf.set(i, { vehicleId: b.vehicleIds[v]!, driverId: trial.driverOf.get(v)! });
    }
    const alone = new Set(unplaced.map((u) => u.index));
    this.#dropLinked(runs, linked, trials, tripIndex, vehicleOf, unplaced);
    // Runs dropped with a partner need no vehicle of their own (for `vehiclesNeeded`).
    const partners = new Set(unplaced.map((u) => u.index).filter((i) => !alone.has(i)));
    const lostLoad = unplaced.reduce((s, u) => s + runs[u.index]!.run.maxLoad, 0);
    const tripsOf = new Map([...bases].map(([b]) => [b, b.trips.slice(bases.get(b)!)]));
    for (const [b, base] of bases) b.trips.length = base; // a trial leaves the board as it was
    const commit = () => {
      for (const [b, trips] of tripsOf) b.trips.push(...trips);
      for (const trial of trials.values()) {
        for (const id of removed) trial.board.tripOfRun.delete(id);
        trial.board.duties = trial.duties;
        trial.board.driverOf = trial.driverOf;
        trial.board.taken = trial.taken;
      }
      for (const [i, t] of tripIndex) {
        const b = this.day(dayOffsetOf(runs[i]!.run.stops[0]!.arriveS));
        if (vehicleOf.has(i)) b.tripOfRun.set(runs[i]!.run.id, t);
        else if (!partners.has(i)) b.lost.push(b.trips[t]!);
      }
    };
    return { vehicleOf, unplaced, lostLoad, activated, commit };
  }

  /** The best vehicle for trip `t` on a trial day, or -1. */
  #bestVehicle(trial: Trial, t: number, preferred: string | null): number {
    const b = trial.board;
    const trip = b.trips[t]!;
    let best = -1;
    let bestKey: number[] = [];
    for (let v = 0; v < b.vehicleIds.length; v++) {
      const vehicle = b.problem.vehicles[v]!;
      if (vehicle.kind !== trip.kind || vehicle.capacity < trip.load) continue;
      if (!trial.driverOf.has(v) && b.drivers[v]!.every((d) => trial.taken.has(d))) continue;
      const duty = trial.duties.get(v) ?? [];
      const check = checkDuty(b.problem, v, insertByStart(b.trips, duty, t));
      if (!check.feasible) continue;
      const before = duty.length === 0 ? 0 : checkDuty(b.problem, v, duty).deadheadM;
      const key = [b.vehicleIds[v] === preferred ? 0 : 1, duty.length > 0 ? 0 : 1, vehicle.capacity - trip.load, check.deadheadM - before];
      if (best < 0 || lexLess(key, bestKey)) {
        best = v;
        bestKey = key;
      }
    }
    return best;
  }

  #whyNot(b: DayBoard, t: number): { reason: UnservedReason; text: string } {
    const trip = b.trips[t]!;
    const boat = trip.kind === 1;
    const sameKind = b.problem.vehicles.filter((v) => v.kind === trip.kind);
    if (sameKind.length === 0) return { reason: boat ? 'no_boat' : 'no_vehicle', text: `no ${boat ? 'boat' : 'bus'} allowed on the date` };
    if (sameKind.every((v) => v.capacity < trip.load)) return { reason: boat ? 'no_boat' : 'no_vehicle', text: `no ${boat ? 'boat' : 'bus'} left with ${trip.load} seats` };
    return { reason: boat ? 'no_boat' : 'no_vehicle', text: `no ${boat ? 'boat' : 'vehicle'} left for this run: every allowed one is busy then or would break the duty rules` };
  }

  /** A bus and its boats stand or fall together: drop the placed partners of an unplaced run. */
  #dropLinked(runs: readonly RunToPlace[], linked: readonly (readonly number[])[], trials: Map<number, Trial>, tripIndex: Map<number, number>, vehicleOf: Map<number, unknown>, unplaced: { index: number; reason: UnservedReason; text: string }[]): void {
    for (const set of linked) {
      const fallen = set.find((i) => !vehicleOf.has(i));
      if (fallen === undefined) continue;
      const why = unplaced.find((u) => u.index === fallen)!;
      for (const i of set) {
        if (!vehicleOf.has(i)) continue;
        vehicleOf.delete(i);
        unplaced.push({ index: i, reason: why.reason, text: `${why.text} (a connecting leg)` });
        const trial = trials.get(dayOffsetOf(runs[i]!.run.stops[0]!.arriveS))!;
        const t = tripIndex.get(i)!;
        for (const [v, d] of trial.duties) {
          if (!d.includes(t)) continue;
          const left = d.filter((x) => x !== t);
          if (left.length > 0) trial.duties.set(v, left);
          else trial.duties.delete(v);
          if (left.length === 0 && !trial.board.driverOf.has(v)) {
            trial.taken.delete(trial.driverOf.get(v)!);
            trial.driverOf.delete(v);
          }
        }
      }
    }
  }
}
