import type { SolveResult } from '../solve.js';
import type { BenchmarkInstance } from './benchmark-instance.js';
import type { SolutionFile } from './solution-file.js';

/** A solve result in a benchmark's own terms: routes numbered as in the file, cost in its units. */
export interface BenchmarkSolution extends SolutionFile {
  readonly vehicles: number;
  readonly feasible: boolean;
  /** Decimals the cost is reported with: 0 for CVRPLIB, 2 for Solomon. */
  readonly decimals: number;
}

/** Maps a result onto the instance's numbering and recomputes the cost in its own convention. */
export function toBenchmarkSolution(inst: BenchmarkInstance, result: SolveResult): BenchmarkSolution {
  const routes = result.routes.map((r) => r.clients.map((c) => c + 1));
  const cost = result.routes.reduce((s, r) => s + inst.routeLength(r.clients), 0);
  return {
    routes,
    cost,
    vehicles: routes.length,
    feasible: result.feasible && result.complete,
    decimals: inst.kind === 'vrptw' ? 2 : 0,
  };
}
