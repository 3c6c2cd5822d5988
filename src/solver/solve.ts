import { HybridGeneticSearch } from './genetic/hybrid-genetic-search.js';
import { compileInstance } from './problem/instance.js';
import type { ProblemData } from './problem/problem-data.js';
import type { OuterLoop, SearchProgress } from './search/outer-loop.js';
import { Random } from './search/random.js';
import { StoppingCriterion, type StopLimits } from './search/stopping-criterion.js';
import { describeRoutes, type SolvedRoute } from './solution/solved-route.js';
import { dropToFeasible } from './solution/drop-to-feasible.js';
import { fitToFleet, fleetSeats, totalDemand } from './solution/fit-to-fleet.js';
import { findUnassignable, type Unassigned } from './solution/unassignable.js';

/** Options of {@link solve}. With no limit at all, the search stops after 10 s. */
export interface SolveOptions extends StopLimits {
  /** Seed of the random stream; a run with an iteration limit is reproducible from it. Default 1. */
  readonly seed?: number;
  /** Granular neighbourhood size (Vidal 2022: 20). */
  readonly nbGranular?: number;
  /** The metaheuristic; default hybrid genetic search. */
  readonly outerLoop?: OuterLoop;
  /**
   * When the best solution found still breaks a limit (too small a fleet, too tight windows), leave
   * clients out until every route is feasible, reporting them as `no_feasible_route_found`.
   * Default false: the infeasible routes are returned with `feasible: false`.
   */
  readonly dropInfeasible?: boolean;
  /** Fewest vehicles first, then cost (the Solomon ranking). Default false: cost only. */
  readonly minimiseVehicles?: boolean;
  /** Called on each new best feasible solution. */
  readonly onProgress?: (p: SearchProgress) => void;
}

/** What {@link solve} returns. Infeasibility is a result: it never throws for it. */
export interface SolveResult {
  /** Non-empty routes; clients are indices into `data.clients`. */
  readonly routes: readonly SolvedRoute[];
  /** Σ route costs (distance, duration, fixed and ride-time costs), no penalties. */
  readonly cost: number;
  /** Σ route distances. */
  readonly distance: number;
  /** True when every route meets capacity, windows, maximum duration and ride times, and uses no missing edge. */
  readonly feasible: boolean;
  /** True when every client is on a route. */
  readonly complete: boolean;
  /** Clients on no route, with the reason. */
  readonly unassigned: readonly Unassigned[];
  readonly stats: { readonly iterations: number; readonly elapsedS: number; readonly outerLoop: string };
}

/**
 * Solves a routing problem: leaves out clients no vehicle can serve (with reasons), then runs the outer
 * loop (hybrid genetic search by default) on the rest until a limit is reached.
 *
 * @example
 * const result = solve(data, { seed: 7, timeLimitS: 5 });
 * if (!result.feasible) console.log(result.unassigned);
 */
export function solve(data: ProblemData, options: SolveOptions = {}): SolveResult {
  const limits: StopLimits =
    options.timeLimitS === undefined && options.maxIterations === undefined && options.noImprovementIterations === undefined
      ? { timeLimitS: 10 }
      : options;
  const stop = new StoppingCriterion(limits);
  const unassigned = findUnassignable(data);
  const left = new Set(unassigned.map((u) => u.client));
  const active = Int32Array.from(data.clients.keys()).filter((c) => !left.has(c));
  const inst = compileInstance(data, active, options.nbGranular ?? 20);
  const outer = options.outerLoop ?? new HybridGeneticSearch();
  const outcome =
    inst.nbClients === 0
      ? { routes: [], iterations: 0 }
      : outer.run(inst, new Random(options.seed ?? 1), stop, {
          minimiseVehicles: options.minimiseVehicles ?? false,
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        });
  // a fleet with fewer seats than the demand cannot carry everyone: leave out what does not fit
  const fitted = fleetSeats(inst) < totalDemand(inst) ? fitToFleet(inst, outcome.routes) : { routes: outcome.routes, dropped: [] };
  for (const c of fitted.dropped) unassigned.push({ client: inst.clientId[c]!, reason: 'fleet_capacity' });
  const found = options.dropInfeasible ? dropToFeasible(inst, fitted.routes).routes : fitted.routes;
  const routes = describeRoutes(inst, found);
  const served = routes.reduce((k, r) => k + r.clients.length, 0);
  if (served + fitted.dropped.length < inst.nbClients) {
    const on = new Set([...routes.flatMap((r) => r.clients), ...unassigned.map((u) => u.client)]);
    for (const c of active) if (!on.has(c)) unassigned.push({ client: c, reason: 'no_feasible_route_found' });
  }
  return {
    routes,
    cost: routes.reduce((s, r) => s + r.cost, 0),
    distance: routes.reduce((s, r) => s + r.distance, 0),
    feasible: routes.every((r) => r.feasible),
    complete: unassigned.length === 0,
    unassigned,
    stats: { iterations: outcome.iterations, elapsedS: stop.elapsedS, outerLoop: outer.name },
  };
}
