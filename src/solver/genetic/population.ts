import type { Individual } from './individual.js';
import type { Random } from '../search/random.js';

/** Population parameters (Vidal 2022, Table 1 defaults). */
export interface PopulationParams {
  /** μ: subpopulation size after survivor selection. */
  readonly minPopSize: number;
  /** λ: generation size; survivors are selected when a subpopulation reaches μ + λ. */
  readonly generationSize: number;
  /** Elite individuals protected from diversity pressure. */
  readonly nbElite: number;
  /** Closest individuals averaged for the diversity contribution. */
  readonly nbClose: number;
}

/**
 * Defaults tuned for runs of seconds: half of HGS-CVRP's μ = 25, λ = 40 (Vidal 2022 Table 1), which
 * converges faster when a run affords only hundreds of generations (measured on X-n256 and X-n331 at
 * 500 iterations: lower cost with three seeds each). Long runs may prefer Vidal's values.
 */
export const DEFAULT_POPULATION: PopulationParams = { minPopSize: 12, generationSize: 20, nbElite: 4, nbClose: 5 };

/** Inserts `d` into the ascending array `list`. */
function insertSorted(list: number[], d: number): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, d);
}

/** One subpopulation: individuals sorted by penalised cost, with their pairwise distances. */
class SubPopulation {
  readonly members: Individual[] = [];
  /** Distance to every other member, by member. */
  readonly #distances = new Map<Individual, Map<Individual, number>>();
  /** The same distances, ascending, by member (HGS keeps this multiset for the diversity contribution). */
  readonly #sorted = new Map<Individual, number[]>();
  /** Biased fitness must be recomputed. */
  dirty = true;

  add(ind: Individual, cost: (i: Individual) => number): void {
    const row = new Map<Individual, number>();
    const sorted: number[] = [];
    for (const other of this.members) {
      const d = ind.distanceTo(other);
      row.set(other, d);
      sorted.push(d);
      this.#distances.get(other)!.set(ind, d);
      insertSorted(this.#sorted.get(other)!, d);
    }
    this.#distances.set(ind, row);
    this.#sorted.set(ind, sorted.sort((a, b) => a - b));
    const c = cost(ind);
    let at = this.members.findIndex((m) => cost(m) > c);
    if (at < 0) at = this.members.length;
    this.members.splice(at, 0, ind);
    this.dirty = true;
  }

  remove(ind: Individual): void {
    this.members.splice(this.members.indexOf(ind), 1);
    const row = this.#distances.get(ind)!;
    this.#distances.delete(ind);
    this.#sorted.delete(ind);
    for (const [other, d] of row) {
      this.#distances.get(other)!.delete(ind);
      const list = this.#sorted.get(other)!;
      list.splice(list.indexOf(d), 1);
    }
    this.dirty = true;
  }

  /** Mean distance to the nbClose closest others. */
  diversity(ind: Individual, nbClose: number): number {
    const ds = this.#sorted.get(ind)!;
    const k = Math.min(nbClose, ds.length);
    let sum = 0;
    for (let i = 0; i < k; i++) sum += ds[i]!;
    return k === 0 ? 0 : sum / k;
  }

  resort(cost: (i: Individual) => number): void {
    this.members.sort((a, b) => cost(a) - cost(b));
    this.dirty = true;
  }
}

/**
 * Population management of HGS (Vidal et al. 2012 §3.5, Vidal 2022 §2): feasible and infeasible
 * subpopulations, biased fitness = cost rank + (1 − nbElite/size) × diversity rank, survivor selection
 * removing clones first, binary tournament for parents.
 */
export class Population {
  readonly feasible = new SubPopulation();
  readonly infeasible = new SubPopulation();
  readonly #params: PopulationParams;
  readonly #rng: Random;
  #cost: (i: Individual) => number;

  constructor(params: PopulationParams, rng: Random, cost: (i: Individual) => number) {
    this.#params = params;
    this.#rng = rng;
    this.#cost = cost;
  }

  get size(): number {
    return this.feasible.members.length + this.infeasible.members.length;
  }

  /** Adds an individual to its subpopulation; selects survivors when it is full. */
  add(ind: Individual): void {
    const sub = ind.feasible ? this.feasible : this.infeasible;
    sub.add(ind, this.#cost);
    if (sub.members.length >= this.#params.minPopSize + this.#params.generationSize) {
      while (sub.members.length > this.#params.minPopSize) this.#removeWorst(sub);
    }
  }

  /** New penalised costs after a penalty change: re-sorts the infeasible subpopulation. */
  updateCost(cost: (i: Individual) => number): void {
    this.#cost = cost;
    this.infeasible.resort(cost);
  }

  #updateBiasedFitness(sub: SubPopulation): void {
    if (!sub.dirty) return;
    sub.dirty = false;
    const m = sub.members;
    if (m.length === 0) return;
    if (m.length === 1) {
      m[0]!.biasedFitness = 0;
      return;
    }
    const order = m.map((ind, i) => ({ i, d: sub.diversity(ind, this.#params.nbClose) })).sort((a, b) => b.d - a.d);
    const eliteShare = 1 - this.#params.nbElite / m.length;
    order.forEach(({ i }, divRank) => {
      const fitRank = i / (m.length - 1);
      const div = divRank / (m.length - 1);
      m[i]!.biasedFitness = m.length <= this.#params.nbElite ? fitRank : fitRank + eliteShare * div;
    });
  }

  #removeWorst(sub: SubPopulation): void {
    this.#updateBiasedFitness(sub);
    let worst: Individual | undefined;
    let worstIsClone = false;
    // the best individual (index 0) is never removed
    for (let i = 1; i < sub.members.length; i++) {
      const ind = sub.members[i]!;
      const isClone = sub.diversity(ind, 1) < 1e-9;
      if (worst === undefined || (isClone && !worstIsClone) || (isClone === worstIsClone && ind.biasedFitness > worst.biasedFitness)) {
        worst = ind;
        worstIsClone = isClone;
      }
    }
    if (worst) sub.remove(worst);
  }

  /** Binary tournament on biased fitness over both subpopulations. */
  selectParent(): Individual {
    this.#updateBiasedFitness(this.feasible);
    this.#updateBiasedFitness(this.infeasible);
    const all = this.size;
    const pick = () => {
      const k = this.#rng.int(all);
      const nf = this.feasible.members.length;
      return k < nf ? this.feasible.members[k]! : this.infeasible.members[k - nf]!;
    };
    const a = pick();
    const b = pick();
    return a.biasedFitness < b.biasedFitness ? a : b;
  }

  /** Drops every individual (restart). */
  clear(): void {
    for (const sub of [this.feasible, this.infeasible]) for (const m of [...sub.members]) sub.remove(m);
  }
}
