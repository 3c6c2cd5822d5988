import { InvalidInput } from '../../domain/errors.js';
import { ProblemData } from '../problem/problem-data.js';
import type { BenchmarkInstance } from './benchmark-instance.js';

/** Euclidean distance rounded to the nearest integer: the TSPLIB EUC_2D `nint` convention of the X set. */
function nint(dx: number, dy: number): number {
  return Math.floor(Math.sqrt(dx * dx + dy * dy) + 0.5);
}

function sections(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line === 'EOF') continue;
    const header = /^([A-Z_]+)\s*(?::\s*(.*))?$/.exec(line);
    if (header && (header[2] !== undefined || line.endsWith('SECTION'))) {
      current = header[1]!;
      out.set(current, header[2] !== undefined ? [header[2].trim()] : []);
      continue;
    }
    out.get(current)?.push(line);
  }
  return out;
}

/** Coordinates and demands by node (node k at index k − 1). */
function nodes(s: Map<string, string[]>, dimension: number): { xs: number[]; ys: number[]; demand: number[] } {
  const xs = new Array<number>(dimension).fill(0);
  const ys = new Array<number>(dimension).fill(0);
  const demand = new Array<number>(dimension).fill(0);
  for (const line of s.get('NODE_COORD_SECTION') ?? []) {
    const [id, x, y] = line.split(/\s+/).map(Number);
    xs[id! - 1] = x!;
    ys[id! - 1] = y!;
  }
  for (const line of s.get('DEMAND_SECTION') ?? []) {
    const [id, d] = line.split(/\s+/).map(Number);
    demand[id! - 1] = d!;
  }
  return { xs, ys, demand };
}

/**
 * Reads a CVRPLIB `.vrp` file (EUC_2D): node 1 is the depot, distances are nint(Euclidean), vehicles
 * are unlimited (one slot per client), and the objective is total distance.
 */
export function readCvrplib(text: string, name = 'cvrp'): BenchmarkInstance {
  const s = sections(text);
  const field = (k: string) => s.get(k)?.[0];
  if ((field('EDGE_WEIGHT_TYPE') ?? '').trim() !== 'EUC_2D') throw new InvalidInput('cvrplib: EDGE_WEIGHT_TYPE must be EUC_2D');
  const dimension = Number(field('DIMENSION'));
  const capacity = Number(field('CAPACITY'));
  if (!Number.isInteger(dimension) || dimension < 2) throw new InvalidInput('cvrplib: DIMENSION must be an integer >= 2');
  if (!Number.isInteger(capacity)) throw new InvalidInput('cvrplib: CAPACITY must be an integer');
  const { xs, ys, demand } = nodes(s, dimension);
  const depotLine = (s.get('DEPOT_SECTION') ?? [])[0];
  if (depotLine !== undefined && Number(depotLine) !== 1) throw new InvalidInput('cvrplib: only depot node 1 is supported');
  const matrix = new Int32Array(dimension * dimension);
  for (let i = 0; i < dimension; i++) {
    for (let j = 0; j < dimension; j++) matrix[i * dimension + j] = nint(xs[i]! - xs[j]!, ys[i]! - ys[j]!);
  }
  const data = new ProblemData({
    depots: [{ x: xs[0]!, y: ys[0]! }],
    clients: demand.slice(1).map((d, i) => ({ demand: d, x: xs[i + 1]!, y: ys[i + 1]! })),
    vehicleTypes: [{ count: dimension - 1, capacity, startDepot: 0, endDepot: 0 }],
    distanceMatrices: [matrix],
    durationMatrices: [matrix],
  });
  const routeLength = (clients: readonly number[]) => {
    let last = 0;
    let sum = 0;
    for (const c of [...clients.map((k) => k + 1), 0]) {
      sum += matrix[last * dimension + c]!;
      last = c;
    }
    return sum;
  };
  return { name: field('NAME') ?? name, kind: 'cvrp', data, xs, ys, scale: 1, routeLength, minimiseVehicles: false };
}
