import type { ProblemData } from '../problem/problem-data.js';

/** Which published convention an instance follows, and so how its results are ranked. */
export type BenchmarkKind = 'cvrp' | 'vrptw';

/**
 * A benchmark instance read from file: the problem, plus what is needed to report a cost in the
 * instance's own units (CVRPLIB: rounded integers; Solomon: unrounded Euclidean with 2 decimals).
 */
export interface BenchmarkInstance {
  readonly name: string;
  readonly kind: BenchmarkKind;
  readonly data: ProblemData;
  /** Planar coordinates of every location, depots first (instance numbering). */
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  /** Internal integer units per instance distance unit (Solomon: 10 000 fixed-point; CVRPLIB: 1). */
  readonly scale: number;
  /** True when results rank by fewest vehicles first (Solomon), false for distance only (CVRPLIB). */
  readonly minimiseVehicles: boolean;
  /** Cost of one route of `clients` (0-based client indices) in the instance's own units. */
  routeLength(clients: readonly number[]): number;
}
