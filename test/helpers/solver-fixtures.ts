import { ProblemData } from '../../src/solver/problem/problem-data.js';
import type { ClientInput, VehicleTypeInput } from '../../src/solver/problem/problem-input.js';
import { Random } from '../../src/solver/search/random.js';

/** What a random test problem may contain. */
export interface RandomProblemOptions {
  readonly nbClients: number;
  readonly nbDepots?: number;
  readonly nbTypes?: number;
  /** Give clients time windows. */
  readonly timeWindows?: boolean;
  /** Give clients maximum ride times. */
  readonly rideTimes?: boolean;
  /** Let vehicle types start or end open (no depot). */
  readonly openRoutes?: boolean;
  /** Vehicles per type (default: one per client). */
  readonly count?: number;
  readonly fixedCost?: number;
  readonly maxDurationS?: number;
  readonly rideTimeWeight?: number;
  readonly unitDurationCost?: number;
}

/** Euclidean matrix of integer points, rounded. */
export function euclideanMatrix(xs: readonly number[], ys: readonly number[], factor = 1): Int32Array {
  const n = xs.length;
  const m = new Int32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) m[i * n + j] = Math.round(Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!) * factor);
  }
  return m;
}

/**
 * A reproducible random problem on a 100×100 grid (distance units), durations ×3 seconds per unit.
 * Two profiles when there are several types (the second 20 % slower).
 */
export function randomProblem(seed: number, o: RandomProblemOptions): ProblemData {
  const rng = new Random(seed);
  const D = o.nbDepots ?? 1;
  const n = D + o.nbClients;
  const xs = Array.from({ length: n }, () => rng.int(101));
  const ys = Array.from({ length: n }, () => rng.int(101));
  const dist = euclideanMatrix(xs, ys);
  const dur = euclideanMatrix(xs, ys, 3);
  const slow = euclideanMatrix(xs, ys, 3.6);
  const clients: ClientInput[] = Array.from({ length: o.nbClients }, (_v, i) => {
    const early = rng.int(600);
    return {
      demand: 1 + rng.int(9),
      serviceDurationS: 5 + rng.int(20),
      x: xs[D + i]!,
      y: ys[D + i]!,
      ...(o.timeWindows ? { twEarlyS: early, twLateS: early + 100 + rng.int(400) } : {}),
      ...(o.rideTimes ? { maxRideTimeS: 250 + rng.int(400) } : {}),
    };
  });
  const nbTypes = o.nbTypes ?? 1;
  const vehicleTypes: VehicleTypeInput[] = Array.from({ length: nbTypes }, (_v, t) => ({
    count: o.count ?? o.nbClients,
    capacity: 10 + rng.int(20),
    fixedCost: o.fixedCost ?? rng.int(50),
    startDepot: o.openRoutes && rng.int(2) === 0 ? null : rng.int(D),
    endDepot: o.openRoutes && rng.int(2) === 0 ? null : rng.int(D),
    profile: t % 2,
    direction: rng.int(2) === 0 ? 'pickup' : 'dropOff',
    unitDurationCost: o.unitDurationCost ?? 0,
    ...(o.maxDurationS !== undefined ? { maxDurationS: o.maxDurationS } : {}),
  }));
  return new ProblemData({
    depots: Array.from({ length: D }, (_v, d) => ({ x: xs[d]!, y: ys[d]!, ...(o.timeWindows ? { twLateS: 3000 } : {}) })),
    clients,
    vehicleTypes,
    distanceMatrices: [dist, dist],
    durationMatrices: [dur, slow],
    rideTimeWeight: o.rideTimeWeight ?? 0,
  });
}

/** Random routes over all clients: a shuffled tour cut at random points, types drawn at random. */
export function randomRoutes(seed: number, nbClients: number, nbTypes: number, maxRoutes: number): { type: number; clients: number[] }[] {
  const rng = new Random(seed);
  const tour = rng.shuffle(Array.from({ length: nbClients }, (_v, i) => i));
  const k = 1 + rng.int(Math.max(1, maxRoutes));
  const routes = Array.from({ length: k }, () => ({ type: rng.int(nbTypes), clients: [] as number[] }));
  for (const c of tour) routes[rng.int(k)]!.clients.push(c);
  return routes;
}

/** "4 clients, easy to check by hand": a depot at 0 and clients on a line at 10, 20, 30, 40. */
export function lineProblem(capacity = 10): ProblemData {
  const xs = [0, 10, 20, 30, 40];
  const m = euclideanMatrix(xs, xs.map(() => 0));
  return new ProblemData({
    depots: [{ x: 0, y: 0 }],
    clients: [1, 2, 3, 4].map((i) => ({ demand: 4, x: xs[i]!, y: 0 })),
    vehicleTypes: [{ count: 4, capacity, startDepot: 0, endDepot: 0 }],
    distanceMatrices: [m],
    durationMatrices: [m],
  });
}
