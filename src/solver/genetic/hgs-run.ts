import type { Instance } from '../problem/instance.js';
import { LocalSearch } from '../search/local-search.js';
import type { SearchGoal, SearchOutcome } from '../search/outer-loop.js';
import { PenaltyManager } from '../search/penalty-manager.js';
import type { Random } from '../search/random.js';
import type { StoppingCriterion } from '../search/stopping-criterion.js';
import { crossoverOx } from './crossover-ox.js';
import type { HgsParams } from './hybrid-genetic-search.js';
import { Individual } from './individual.js';
import { Population } from './population.js';
import { Split } from './split.js';

/** One run of the hybrid genetic search: its population, penalties, best solutions and fleet limit. */
export class HgsRun {
  readonly #inst: Instance;
  readonly #rng: Random;
  readonly #stop: StoppingCriterion;
  readonly #goal: SearchGoal;
  readonly #p: HgsParams;
  readonly #ls: LocalSearch;
  readonly #split: Split;
  readonly #penalties: PenaltyManager;
  readonly #pop: Population;
  readonly #seen: Uint8Array;
  #best: Individual | undefined;
  #bestInfeasible: Individual | undefined;
  /** Most routes allowed now; below the fleet size while minimising vehicles. */
  #routeLimit: number;
  #reducing: boolean;
  /** Budget share when the current attempt at fewer vehicles began. */
  #attemptStart = 0;

  constructor(inst: Instance, rng: Random, stop: StoppingCriterion, goal: SearchGoal, params: HgsParams) {
    this.#inst = inst;
    this.#rng = rng;
    this.#stop = stop;
    this.#goal = goal;
    this.#p = params;
    this.#ls = new LocalSearch(inst, rng);
    this.#split = new Split(inst);
    this.#penalties = new PenaltyManager(inst);
    this.#pop = new Population(params, rng, this.#cost);
    this.#seen = new Uint8Array(inst.nbClients);
    this.#routeLimit = this.#ls.state.nbRoutes;
    this.#reducing = goal.minimiseVehicles === true;
  }

  readonly #cost = (i: Individual): number => i.penalisedCost(this.#penalties.loadPenalty, this.#penalties.timePenalty);

  run(): SearchOutcome {
    this.#initialise();
    while (!this.#stop.done()) {
      const a = this.#pop.selectParent();
      const b = this.#pop.selectParent();
      const improved = this.#educate(crossoverOx(a.tour, b.tour, this.#rng, this.#seen));
      this.#stop.step(improved);
      if (this.#reducing) this.#manageFleet();
      if (this.#stop.noImprovement > 0 && this.#stop.noImprovement % this.#p.restartIterations === 0) {
        this.#pop.clear();
        this.#initialise();
      }
    }
    const found = this.#best ?? this.#bestInfeasible;
    return { routes: found ? found.routes : [], iterations: this.#stop.iterations };
  }

  /** Fills the population with educated random giant tours, within a share of the budget. */
  #initialise(seed?: Individual): void {
    const start = this.#stop.progress;
    if (seed) this.#educate(seed.tour);
    for (let k = 0; k < this.#p.initialIndividuals; k++) {
      if (k >= 2 && (this.#stop.done() || this.#stop.progress - start > this.#p.initialTimeShare)) break;
      this.#educate(this.#rng.shuffle(Int32Array.from({ length: this.#inst.nbClients }, (_v, i) => i)));
    }
  }

  /** Split, local search, population insertion, repair; returns true on a new best solution. */
  #educate(tour: Int32Array): boolean {
    const { loadPenalty: pL, timePenalty: pT } = this.#penalties;
    this.#split.maxRoutes = this.#routeLimit;
    const routes = this.#ls.run(this.#split.run(tour, pL, pT), pL, pT, this.#routeLimit);
    const ind = new Individual(this.#inst, routes);
    this.#pop.add(ind);
    if (this.#penalties.record(ind.excessLoad === 0, ind.excessTime === 0)) this.#pop.updateCost(this.#cost);
    let improved = this.#consider(ind);
    if (!ind.feasible && this.#rng.float() < this.#p.repairProbability) {
      const repaired = new Individual(this.#inst, this.#ls.run(ind.routes, 10 * pL, 10 * pT, this.#routeLimit));
      if (repaired.feasible) {
        this.#pop.add(repaired);
        improved = this.#consider(repaired) || improved;
      }
    }
    return improved;
  }

  /** Fewer routes first when minimising vehicles, then cost. */
  #better(a: Individual, b: Individual): boolean {
    if (this.#goal.minimiseVehicles && a.routes.length !== b.routes.length) return a.routes.length < b.routes.length;
    return a.baseCost < b.baseCost - 1e-9;
  }

  #consider(ind: Individual): boolean {
    if (!ind.feasible) {
      if (this.#bestInfeasible === undefined || this.#cost(ind) < this.#cost(this.#bestInfeasible)) this.#bestInfeasible = ind;
      return false;
    }
    if (this.#best !== undefined && !this.#better(ind, this.#best)) return false;
    this.#best = ind;
    const s = this.#stop;
    this.#goal.onProgress?.({ iteration: s.iterations, elapsedS: s.elapsedS, bestCost: ind.baseCost, feasible: true, routes: ind.routes.length });
    return true;
  }

  /** Cuts the fleet after a success; gives up on fewer vehicles when an attempt or the phase runs out. */
  #manageFleet(): void {
    const best = this.#best;
    const progress = this.#stop.progress;
    if (best && best.routes.length <= this.#routeLimit && best.routes.length > 1 && progress < this.#p.fleetPhaseEnd) {
      this.#routeLimit = best.routes.length - 1;
      this.#attemptStart = progress;
      // re-educate the current population under the smaller fleet rather than start from random tours
      const survivors = [...this.#pop.feasible.members, ...this.#pop.infeasible.members]
        .sort((x, y) => this.#cost(x) - this.#cost(y))
        .slice(0, this.#p.minPopSize);
      this.#pop.clear();
      for (const ind of [best, ...survivors]) {
        if (this.#stop.done() || this.#stop.progress - progress > this.#p.initialTimeShare / 3) break;
        this.#educate(ind.tour);
      }
      return;
    }
    const attemptOver = progress - this.#attemptStart > this.#p.fleetAttemptShare;
    if (progress >= this.#p.fleetPhaseEnd || (best && attemptOver)) {
      this.#reducing = false;
      this.#routeLimit = best ? best.routes.length : this.#ls.state.nbRoutes;
      this.#pop.clear();
      if (best) this.#pop.add(best);
      this.#initialise();
    }
  }
}
