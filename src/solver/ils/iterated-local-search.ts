import { Individual } from '../genetic/individual.js';
import { Split } from '../genetic/split.js';
import type { Instance } from '../problem/instance.js';
import { LocalSearch } from '../search/local-search.js';
import type { OuterLoop, SearchGoal, SearchOutcome } from '../search/outer-loop.js';
import { PenaltyManager } from '../search/penalty-manager.js';
import type { Random } from '../search/random.js';
import type { StoppingCriterion } from '../search/stopping-criterion.js';

/** Parameters of the iterated local search. */
export interface IlsParams {
  /** Largest stretch of the giant tour shuffled by one perturbation, in clients. */
  readonly maxPerturbation: number;
  /** Accept a worse solution within this share of the current cost, shrinking to 0 over the budget. */
  readonly initialThreshold: number;
}

/** Default ILS parameters (ours, untuned). */
export const DEFAULT_ILS: IlsParams = { maxPerturbation: 30, initialThreshold: 0.02 };

/**
 * Iterated local search (Lourenço, Martin & Stützle 2003) over the same Split and local search as the
 * genetic search: shuffle a stretch of the current giant tour, split, improve, accept under a threshold
 * that shrinks to zero. A lighter outer loop, shown swappable behind {@link OuterLoop}; it optimises cost
 * only (it ignores `minimiseVehicles`).
 */
export class IteratedLocalSearch implements OuterLoop {
  readonly name = 'ils';
  readonly #p: IlsParams;

  constructor(params: Partial<IlsParams> = {}) {
    this.#p = { ...DEFAULT_ILS, ...params };
  }

  run(inst: Instance, rng: Random, stop: StoppingCriterion, goal: SearchGoal = {}): SearchOutcome {
    const ls = new LocalSearch(inst, rng);
    const split = new Split(inst);
    const penalties = new PenaltyManager(inst);
    const cost = (i: Individual) => i.penalisedCost(penalties.loadPenalty, penalties.timePenalty);
    const educate = (tour: Int32Array) => {
      const { loadPenalty: pL, timePenalty: pT } = penalties;
      const ind = new Individual(inst, ls.run(split.run(tour, pL, pT), pL, pT));
      penalties.record(ind.excessLoad === 0, ind.excessTime === 0);
      return ind;
    };
    let current = educate(rng.shuffle(Int32Array.from({ length: inst.nbClients }, (_v, i) => i)));
    let best: Individual | undefined = current.feasible ? current : undefined;
    while (!stop.done()) {
      const candidate = educate(this.#perturb(current.tour, rng));
      const threshold = this.#p.initialThreshold * (1 - stop.progress);
      let improved = false;
      if (candidate.feasible && (best === undefined || candidate.baseCost < best.baseCost - 1e-9)) {
        best = candidate;
        improved = true;
        goal.onProgress?.({ iteration: stop.iterations, elapsedS: stop.elapsedS, bestCost: best.baseCost, feasible: true, routes: best.routes.length });
      }
      if (cost(candidate) <= cost(current) * (1 + threshold)) current = candidate;
      stop.step(improved);
    }
    return { routes: (best ?? current).routes, iterations: stop.iterations };
  }

  /** A copy of the tour with a random stretch shuffled. */
  #perturb(tour: Int32Array, rng: Random): Int32Array {
    const out = Int32Array.from(tour);
    const n = out.length;
    if (n < 2) return out;
    const len = 2 + rng.int(Math.max(1, Math.min(this.#p.maxPerturbation, n) - 1));
    const start = rng.int(Math.max(1, n - len + 1));
    rng.shuffle(out.subarray(start, Math.min(n, start + len)));
    return out;
  }
}
