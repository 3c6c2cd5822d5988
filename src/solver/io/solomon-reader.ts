import { InvalidInput } from '../../domain/errors.js';
import { ProblemData } from '../problem/problem-data.js';
import type { BenchmarkInstance } from './benchmark-instance.js';

/** Fixed-point scale: internal units per Solomon unit (distances rounded, times rounded up). */
export const SOLOMON_SCALE = 10_000;


/**
 * Reads a Solomon VRPTW `.txt` file: unrounded Euclidean distance, travel time = distance, service
 * may start in [ready, due], routes must be back at the depot by its due date, at most the given number
 * of vehicles. Inside, distances are round(d × 10 000) and travel times ceil(d × 10 000), so a route
 * feasible inside is feasible at full precision. Solutions rank by fewest vehicles first, then distance:
 * solve these with `minimiseVehicles` (see `BenchmarkInstance.minimiseVehicles`).
 */
export function readSolomon(text: string, name = 'solomon'): BenchmarkInstance {
  const { title, count, capacity, rows } = parseSolomon(text, name);
  const S = SOLOMON_SCALE;
  const xs = rows.map((r) => r[1]!);
  const ys = rows.map((r) => r[2]!);
  const { dist, dur } = fixedPointMatrices(xs, ys);
  const depot = rows[0]!;
  const data = new ProblemData({
    depots: [{ x: xs[0]!, y: ys[0]!, twEarlyS: depot[4]! * S, twLateS: depot[5]! * S }],
    clients: rows.slice(1).map((r) => ({
      demand: r[3]!,
      twEarlyS: r[4]! * S,
      twLateS: r[5]! * S,
      serviceDurationS: r[6]! * S,
      x: r[1]!,
      y: r[2]!,
    })),
    vehicleTypes: [{ count, capacity, startDepot: 0, endDepot: 0 }],
    distanceMatrices: [dist],
    durationMatrices: [dur],
  });
  const routeLength = (clients: readonly number[]) => {
    let last = 0;
    let sum = 0;
    for (const c of [...clients.map((k) => k + 1), 0]) {
      sum += Math.hypot(xs[last]! - xs[c]!, ys[last]! - ys[c]!);
      last = c;
    }
    return sum;
  };
  return { name: title, kind: 'vrptw', data, xs, ys, scale: S, routeLength, minimiseVehicles: true };
}

/** The title, fleet and customer rows (number, x, y, demand, ready, due, service) of a Solomon file. */
function parseSolomon(text: string, name: string): { title: string; count: number; capacity: number; rows: number[][] } {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const vehicleAt = lines.findIndex((l) => /^NUMBER\s+CAPACITY/i.test(l));
  const [count, capacity] = lines[vehicleAt + 1]?.split(/\s+/).map(Number) ?? [];
  if (vehicleAt < 0 || count === undefined || capacity === undefined || !Number.isInteger(count) || !Number.isInteger(capacity)) {
    throw new InvalidInput('solomon: vehicle NUMBER and CAPACITY not found');
  }
  const rows = lines.filter((l) => /^\d+(\s+-?\d+(\.\d+)?){6}$/.test(l)).map((l) => l.split(/\s+/).map(Number));
  if (rows.length < 2 || rows[0]![0] !== 0) throw new InvalidInput('solomon: customer table must start with customer 0 (the depot)');
  return { title: lines[0] ?? name, count, capacity, rows };
}

/** Distances round(d × scale) and travel times ceil(d × scale) of unrounded Euclidean d. */
function fixedPointMatrices(xs: readonly number[], ys: readonly number[]): { dist: Int32Array; dur: Int32Array } {
  const n = xs.length;
  const dist = new Int32Array(n * n);
  const dur = new Int32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const d = Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!) * SOLOMON_SCALE;
      dist[i * n + j] = Math.round(d);
      dur[i * n + j] = Math.ceil(d - 1e-7);
    }
  }
  return { dist, dur };
}
