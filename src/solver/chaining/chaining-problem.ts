import { InvalidInput, type ErrorDetail } from '../../domain/errors.js';

/**
 * A loaded trip that some vehicle must run: fixed start and end time and place. Trips come in groups
 * (one group per school and service day); each group offers options (a dismissal slot × a routing
 * alternative), and exactly one option per group is chosen. All times are integer seconds, distances
 * integer metres, places are indices into the deadhead matrices.
 */
export interface ChainingTrip {
  /** Group this trip belongs to (0 … groupCount − 1). */
  readonly group: number;
  /** Option of its group that this trip is part of (0 … optionCount(group) − 1). */
  readonly option: number;
  /** Time the vehicle must be at `startLoc`, ready to load (s). */
  readonly startS: number;
  /** Time the vehicle is free again at `endLoc` (s). */
  readonly endS: number;
  readonly startLoc: number;
  readonly endLoc: number;
  /** Largest number of passengers on board at once. */
  readonly load: number;
  /** Vehicle kind the trip needs (e.g. 0 = bus, 1 = boat). */
  readonly kind: number;
  /** Driving time inside the trip (s): counts toward the driver's duty limits. */
  readonly drivingS: number;
  /** Loaded distance (m). */
  readonly distanceM: number;
  /** Sum of the passengers' ride times (s), the tertiary objective. */
  readonly rideS: number;
}

/** One vehicle of the fleet (with its driver's limits applying to its duty). */
export interface ChainingVehicle {
  readonly capacity: number;
  readonly kind: number;
  /** Where the vehicle starts and ends its day. */
  readonly depotLoc: number;
  /**
   * Earliest time it may leave the depot, latest time it must be back (s). When the problem has a
   * `dayLengthS`, these are times within each day (e.g. 0 … 86,400).
   */
  readonly availableFromS: number;
  readonly availableToS: number;
  /** With `dayLengthS`: the day indices (⌊startS / dayLengthS⌋) the vehicle may work; absent = every day. */
  readonly days?: readonly number[];
}

/** Driver duty limits (道路运输: at most 4 h continuous driving by day, 2 h at night, 8 h a day). */
export interface DutyRules {
  /** Longest driving without a break, by day (s). */
  readonly maxContinuousDrivingS: number;
  /** Longest driving without a break when any of it is at night (s). */
  readonly maxContinuousNightDrivingS: number;
  /** A stop at least this long resets continuous driving (s). */
  readonly minBreakS: number;
  /** Most driving in one day (s). */
  readonly maxDailyDrivingS: number;
  /** Night window in seconds after midnight of the service day: [from, to) wrapping past 24 h when from > to. */
  readonly nightFromS: number;
  readonly nightToS: number;
}

/** The whole chaining problem of one service day. */
export interface ChainingProblem {
  readonly trips: readonly ChainingTrip[];
  readonly groupCount: number;
  /** Empty driving time and distance between places, row-major `locCount × locCount`; −1 = unreachable. */
  readonly locCount: number;
  readonly deadheadS: Int32Array;
  readonly deadheadM: Int32Array;
  readonly vehicles: readonly ChainingVehicle[];
  /** Minimum time between arriving at a trip's start and its start time (s). */
  readonly turnaroundS: number;
  readonly duty: DutyRules;
  /**
   * Several service days in one problem (e.g. Friday and Saturday): a trip's day is ⌊startS / dayLengthS⌋.
   * A vehicle goes back to its depot at the end of each day, and daily driving counts per day. Absent =
   * one day.
   */
  readonly dayLengthS?: number;
  /** Options per group when some options have no trips at all (e.g. every student lost); absent = from the trips. */
  readonly optionCounts?: readonly number[];
}

/** Rejects a problem whose indices or times are inconsistent, naming every offending field. */
export function validateChainingProblem(p: ChainingProblem): void {
  const errors: ErrorDetail[] = [];
  const n = p.locCount;
  if (p.deadheadS.length !== n * n) errors.push({ field: 'deadheadS', message: `must have locCount² = ${n * n} entries` });
  if (p.deadheadM.length !== n * n) errors.push({ field: 'deadheadM', message: `must have locCount² = ${n * n} entries` });
  p.trips.forEach((t, i) => {
    const f = `trips[${i}]`;
    if (!(t.group >= 0 && t.group < p.groupCount)) errors.push({ field: `${f}.group`, message: 'must be in 0 … groupCount − 1' });
    if (!(t.option >= 0)) errors.push({ field: `${f}.option`, message: 'must be >= 0' });
    if (!(t.startLoc >= 0 && t.startLoc < n)) errors.push({ field: `${f}.startLoc`, message: 'must be a location index' });
    if (!(t.endLoc >= 0 && t.endLoc < n)) errors.push({ field: `${f}.endLoc`, message: 'must be a location index' });
    if (!(t.startS <= t.endS)) errors.push({ field: `${f}.endS`, message: 'must not be before startS' });
    if (!(t.load >= 0)) errors.push({ field: `${f}.load`, message: 'must be >= 0' });
  });
  p.vehicles.forEach((v, i) => {
    if (!(v.depotLoc >= 0 && v.depotLoc < n)) errors.push({ field: `vehicles[${i}].depotLoc`, message: 'must be a location index' });
    if (!(v.capacity > 0)) errors.push({ field: `vehicles[${i}].capacity`, message: 'must be > 0' });
    if (!(v.availableFromS <= v.availableToS)) errors.push({ field: `vehicles[${i}].availableToS`, message: 'must not be before availableFromS' });
    if (v.days !== undefined && p.dayLengthS === undefined) errors.push({ field: `vehicles[${i}].days`, message: 'needs the problem\'s dayLengthS' });
  });
  if (p.dayLengthS !== undefined && !(p.dayLengthS > 0)) errors.push({ field: 'dayLengthS', message: 'must be > 0' });
  if (errors.length > 0) throw new InvalidInput('chaining problem rejected', errors);
}

/** Number of options of each group (`optionCounts` when given, at least 1 + the largest option index seen). */
export function optionCounts(p: ChainingProblem): Int32Array {
  const counts = new Int32Array(p.groupCount);
  p.optionCounts?.forEach((n, g) => {
    if (g < p.groupCount) counts[g] = n;
  });
  for (const t of p.trips) counts[t.group] = Math.max(counts[t.group]!, t.option + 1);
  return counts;
}
