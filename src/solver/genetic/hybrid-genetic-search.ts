import type { Instance } from '../problem/instance.js';
import { LocalSearch } from '../search/local-search.js';
import { PenaltyManager } from '../search/penalty-manager.js';
import type { Random } from '../search/random.js';
import type { StoppingCriterion } from '../search/stopping-criterion.js';
import type { OuterLoop, SearchOutcome, SearchProgress } from '../search/outer-loop.js';
import { crossoverOx } from './crossover-ox.js';
import { Individual } from './individual.js';
import { DEFAULT_POPULATION, Population, type PopulationParams } from './population.js';
import { Split } from './split.js';

/** Parameters of the hybrid genetic search (Vidal 2022 Table 1 unless noted). */
export interface HgsParams extends PopulationParams {
  /** Random individuals built at the start (and after a restart): 4μ. */
  readonly initialIndividuals: number;
  /** Iterations without improvement before the population is rebuilt (HGS nbIter). */
  readonly restartIterations: number;
  /** Probability of repairing an infeasible offspring with ten-fold penalties. */
  readonly repairProbability: number;
  /** Share of the time limit the initial population may take at most (ours: keeps large instances moving). */
  readonly initialTimeShare: number;
}

export const DEFAULT_HGS: HgsParams = {
  ...DEFAULT_POPULATION,
  initialIndividuals: 100,
  restartIterations: 20_000,
  repairProbability: 0.5,
  initialTimeShare: 0.15,
};

/**
 * Hybrid genetic search (Vidal et al. 2012; Vidal 2022 "Hybrid genetic search for the CVRP:
 * open-source implementation and SWAP* neighborhood"): giant-tour chromosomes, OX crossover, Split,
 * local search as education, penalised infeasibility, and a population managed by biased fitness.
 */
export class HybridGeneticSearch implements OuterLoop {
  readonly name = 'hgs';
  readonly #params: HgsParams;

  constructor(params: Partial<HgsParams> = {}) {
    this.#params = { ...DEFAULT_HGS, ...params };
  }

  run(inst: Instance, rng: Random, stop: StoppingCriterion, onProgress?: (p: SearchProgress) => void): SearchOutcome {
    const p = this.#params;
    const ls = new LocalSearch(inst, rng);
    const split = new Split(inst);
    const penalties = new PenaltyManager(inst);
    const cost = (i: Individual) => i.penalisedCost(penalties.loadPenalty, penalties.timePenalty);
    const pop = new Population(p, rng, cost);
    const seen = new Uint8Array(inst.nbClients);
    let best: Individual | undefined;
    let bestInfeasible: Individual | undefined;

    const educate = (tour: Int32Array): Individual => {
      const routes = split.run(tour, penalties.loadPenalty, penalties.timePenalty);
      const ind = new Individual(inst, ls.run(routes, penalties.loadPenalty, penalties.timePenalty));
      this.#consider(pop, ind, penalties, rng, ls);
      return ind;
    };
    const improves = (ind: Individual): boolean => {
      if (ind.feasible && (best === undefined || ind.baseCost < best.baseCost - 1e-9)) {
        best = ind;
        onProgress?.({ iteration: stop.iterations, elapsedS: stop.elapsedS, bestCost: ind.baseCost, feasible: true });
        return true;
      }
      if (!ind.feasible && (bestInfeasible === undefined || cost(ind) < cost(bestInfeasible))) bestInfeasible = ind;
      return false;
    };
    const initialise = () => {
      for (let k = 0; k < p.initialIndividuals; k++) {
        if (k >= 2 && (stop.done() || stop.timeShare > p.initialTimeShare * (best ? 1 : 2))) break;
        const tour = rng.shuffle(Int32Array.from({ length: inst.nbClients }, (_v, i) => i));
        improves(educate(tour));
        for (const ind of this.#lastRepaired.splice(0)) improves(ind);
      }
    };

    initialise();
    while (!stop.done()) {
      const a = pop.selectParent();
      const b = pop.selectParent();
      const child = educate(crossoverOx(a.tour, b.tour, rng, seen));
      let improved = improves(child);
      for (const ind of this.#lastRepaired.splice(0)) improved = improves(ind) || improved;
      stop.step(improved);
      if (this.#penaltyUpdated) pop.updateCost(cost);
      if (stop.noImprovement > 0 && stop.noImprovement % p.restartIterations === 0) {
        pop.clear();
        initialise();
      }
    }
    const found = best ?? bestInfeasible ?? this.#bestOf(pop, cost);
    return { routes: found ? found.routes : [], iterations: stop.iterations };
  }

  #lastRepaired: Individual[] = [];
  #penaltyUpdated = false;

  /** Adds an educated individual; repairs it with ten-fold penalties when infeasible (Vidal 2022 §2). */
  #consider(pop: Population, ind: Individual, penalties: PenaltyManager, rng: Random, ls: LocalSearch): void {
    pop.add(ind);
    this.#penaltyUpdated = penalties.record(ind.excessLoad === 0, ind.excessTime === 0);
    if (ind.feasible || rng.float() >= this.#params.repairProbability) return;
    const inst = ls.state.inst;
    const repaired = new Individual(inst, ls.run(ind.routes, 10 * penalties.loadPenalty, 10 * penalties.timePenalty));
    if (repaired.feasible) {
      pop.add(repaired);
      this.#lastRepaired.push(repaired);
    }
  }

  #bestOf(pop: Population, cost: (i: Individual) => number): Individual | undefined {
    const all = [...pop.feasible.members, ...pop.infeasible.members];
    return all.sort((x, y) => cost(x) - cost(y))[0];
  }
}
