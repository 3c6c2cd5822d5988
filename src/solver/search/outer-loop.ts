import type { Instance } from '../problem/instance.js';
import type { Random } from './random.js';
import type { RouteSpec } from './route-state.js';
import type { StoppingCriterion } from './stopping-criterion.js';

/** A progress report: sent when the search finds a new best feasible solution. */
export interface SearchProgress {
  readonly iteration: number;
  readonly elapsedS: number;
  /** Cost of the new best solution, in internal units. */
  readonly bestCost: number;
  readonly feasible: boolean;
  /** Routes of the new best solution. */
  readonly routes: number;
}

/** What an outer loop hands back: its best routes (feasible if it found any) and its effort. */
export interface SearchOutcome {
  readonly routes: readonly RouteSpec[];
  readonly iterations: number;
}

/** What the outer loop aims at besides cost, and whom it tells about progress. */
export interface SearchGoal {
  /** Fewest routes first, then cost (Solomon ranking; "fewest buses" alternatives). */
  readonly minimiseVehicles?: boolean;
  readonly onProgress?: (p: SearchProgress) => void;
}

/**
 * The metaheuristic around the local search, behind one method so it can be swapped (PyVRP moved from
 * a genetic algorithm to iterated local search this way): hybrid genetic search, iterated local search.
 */
export interface OuterLoop {
  readonly name: string;
  run(inst: Instance, rng: Random, stop: StoppingCriterion, goal?: SearchGoal): SearchOutcome;
}
