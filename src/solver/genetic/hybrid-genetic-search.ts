import type { Instance } from '../problem/instance.js';
import type { Random } from '../search/random.js';
import type { StoppingCriterion } from '../search/stopping-criterion.js';
import type { OuterLoop, SearchGoal, SearchOutcome } from '../search/outer-loop.js';
import { HgsRun } from './hgs-run.js';
import { DEFAULT_POPULATION, type PopulationParams } from './population.js';

/** Parameters of the hybrid genetic search (Vidal 2022 Table 1 unless noted). */
export interface HgsParams extends PopulationParams {
  /** Random individuals built at the start (and after a restart): 4μ (Vidal 2022). */
  readonly initialIndividuals: number;
  /** Iterations without improvement before the population is rebuilt (HGS nbIter). */
  readonly restartIterations: number;
  /** Probability of repairing an infeasible offspring with ten-fold penalties. */
  readonly repairProbability: number;
  /** Share of the budget one population build may take at most (ours: keeps large instances moving). */
  readonly initialTimeShare: number;
  /** Share of the budget after which vehicle minimisation stops and distance is optimised (ours). */
  readonly fleetPhaseEnd: number;
  /** Share of the budget one attempt at one vehicle fewer may take (ours). */
  readonly fleetAttemptShare: number;
}

/** Default HGS parameters: Vidal 2022 Table 1, population halved for short runs, fleet phases ours. */
export const DEFAULT_HGS: HgsParams = {
  ...DEFAULT_POPULATION,
  initialIndividuals: 48,
  restartIterations: 20_000,
  repairProbability: 0.5,
  initialTimeShare: 0.15,
  fleetPhaseEnd: 0.7,
  fleetAttemptShare: 0.3,
};

/**
 * Hybrid genetic search (Vidal et al. 2012; Vidal 2022 "Hybrid genetic search for the CVRP:
 * open-source implementation and SWAP* neighborhood"): giant-tour chromosomes, OX crossover, Split,
 * local search as education, penalised infeasibility, and a population managed by biased fitness.
 * With `minimiseVehicles`, the fleet is cut by one each time a feasible solution fits it (Vidal et al.
 * 2013 §5), until an attempt fails; then distance is optimised with the fewest vehicles found.
 */
export class HybridGeneticSearch implements OuterLoop {
  readonly name = 'hgs';
  readonly #params: HgsParams;

  constructor(params: Partial<HgsParams> = {}) {
    this.#params = { ...DEFAULT_HGS, ...params };
  }

  run(inst: Instance, rng: Random, stop: StoppingCriterion, goal: SearchGoal = {}): SearchOutcome {
    return new HgsRun(inst, rng, stop, goal, this.#params).run();
  }
}
