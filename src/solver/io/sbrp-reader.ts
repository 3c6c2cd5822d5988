import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidInput } from '../../domain/errors.js';
import { ProblemData } from '../problem/problem-data.js';

/** Time unit of the school bus instances inside the solver: tenths of a second keep 19 + 2.6·n exact. */
export const SBRP_TICKS_PER_S = 10;

/** Bus speed of the Park–Tae–Kim benchmark, feet per second (20 mph, as written in the BiRD code). */
const SPEED_FT_S = 29.3333333;

/** One school's single-load routing problem: pick up its stops, end at the school. */
export interface SbrpSchool {
  readonly schoolId: string;
  readonly stopIds: readonly string[];
  readonly students: number;
  /** Open start, school as destination, capacity 66, ride-time cap, duration as cost. */
  readonly data: ProblemData;
}

function rows(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'));
}

/**
 * Reads a Park, Tae & Kim (2012) instance folder (BiRD format, `Schools.txt` and `Stops.txt`) into one
 * routing problem per school, under the BiRD Table S1 conventions: Manhattan feet, 20 mph, dwell
 * 19 + 2.6·n s, capacity 66, ride time from leaving a stop to arriving at school ≤ `maxRideTimeS`, open
 * start. Times are in tenths of a second; travel times are rounded up, so a route feasible inside is
 * feasible exactly. Solve with `minimiseVehicles` for "fewest routes, then duration".
 */
export function readSbrpSchools(dir: string, maxRideTimeS: number): SbrpSchool[] {
  const schools = rows(join(dir, 'Schools.txt'));
  const stops = rows(join(dir, 'Stops.txt'));
  if (schools.length === 0 || stops.length === 0) throw new InvalidInput(`sbrp: no schools or stops in ${dir}`);
  return schools.map(([id, sx, sy]) => {
    const own = stops.filter((s) => s[3] === id);
    const xs = [Number(sx), ...own.map((s) => Number(s[1]))];
    const ys = [Number(sy), ...own.map((s) => Number(s[2]))];
    const n = xs.length;
    const dist = new Int32Array(n * n);
    const dur = new Int32Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const d = Math.abs(xs[i]! - xs[j]!) + Math.abs(ys[i]! - ys[j]!);
        dist[i * n + j] = Math.round(d);
        dur[i * n + j] = Math.ceil(((d / SPEED_FT_S) * SBRP_TICKS_PER_S) - 1e-9);
      }
    }
    const counts = own.map((s) => Number(s[4]));
    const data = new ProblemData({
      depots: [{ x: xs[0]!, y: ys[0]! }],
      clients: own.map((_s, k) => ({
        demand: counts[k]!,
        serviceDurationS: 190 + 26 * counts[k]!,
        maxRideTimeS: maxRideTimeS * SBRP_TICKS_PER_S,
        x: xs[k + 1]!,
        y: ys[k + 1]!,
      })),
      vehicleTypes: [{ count: own.length, capacity: 66, startDepot: null, endDepot: 0, unitDistanceCost: 0, unitDurationCost: 1, direction: 'pickup' }],
      distanceMatrices: [dist],
      durationMatrices: [dur],
    });
    return { schoolId: id!, stopIds: own.map((s) => s[0]!), students: counts.reduce((a, b) => a + b, 0), data };
  });
}
