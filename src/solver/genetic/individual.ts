import type { Instance } from '../problem/instance.js';
import { baseCost, excessLoad, excessTime } from '../segment/route-cost.js';
import { SEG } from '../segment/segment.js';
import { routeSegment } from '../solution/route-evaluation.js';
import type { RouteSpec } from '../search/route-state.js';
import { polarAngle } from '../search/circle-sector.js';

const seg = new Float64Array(SEG);

/**
 * A solution in the population (Vidal 2022 §2): its routes, its giant tour (routes joined in polar
 * order of their barycentres, the chromosome crossover works on), successor/predecessor arrays for
 * the broken-pairs distance, and the three sums its penalised cost is linear in.
 */
export class Individual {
  readonly routes: readonly RouteSpec[];
  readonly tour: Int32Array;
  /** Next and previous client of each client on its route, −1 for a depot. */
  readonly successors: Int32Array;
  readonly predecessors: Int32Array;
  /** Σ route costs without penalties. */
  readonly baseCost: number;
  /** Σ load above capacity over routes. */
  readonly excessLoad: number;
  /** Σ seconds of time warp, duration excess and ride excess over routes. */
  readonly excessTime: number;
  /** Biased fitness within its subpopulation (lower is better), set by the population. */
  biasedFitness = 0;

  constructor(inst: Instance, routes: readonly RouteSpec[]) {
    const sorted = orderRoutes(inst, routes);
    this.routes = sorted;
    this.tour = Int32Array.from(sorted.flatMap((r) => r.clients));
    this.successors = new Int32Array(inst.nbClients).fill(-1);
    this.predecessors = new Int32Array(inst.nbClients).fill(-1);
    let base = 0;
    let load = 0;
    let time = 0;
    for (const route of sorted) {
      const cs = route.clients;
      for (let k = 0; k < cs.length; k++) {
        this.successors[cs[k]!] = k + 1 < cs.length ? cs[k + 1]! : -1;
        this.predecessors[cs[k]!] = k > 0 ? cs[k - 1]! : -1;
      }
      routeSegment(inst, route.type, cs, seg, 0);
      base += baseCost(inst, route.type, seg, 0);
      load += excessLoad(inst, route.type, seg, 0);
      time += excessTime(inst, route.type, seg, 0);
    }
    this.baseCost = base;
    this.excessLoad = load;
    this.excessTime = time;
  }

  /** True when no route breaks capacity, windows, duration or ride-time limits. */
  get feasible(): boolean {
    return this.excessLoad === 0 && this.excessTime === 0;
  }

  /** Cost with penalties (cost units per unit of excess load and per second of excess time). */
  penalisedCost(loadPenalty: number, timePenalty: number): number {
    return this.baseCost + loadPenalty * this.excessLoad + timePenalty * this.excessTime;
  }

  /** Broken-pairs distance (Prins 2009): share of clients whose neighbours differ, in [0, 1]. */
  distanceTo(other: Individual): number {
    const n = this.successors.length;
    let broken = 0;
    for (let c = 0; c < n; c++) {
      const s = this.successors[c]!;
      if (s !== other.successors[c] && s !== other.predecessors[c]) broken++;
      if (this.predecessors[c] === -1 && other.predecessors[c] !== -1 && other.successors[c] !== -1) broken++;
    }
    return n === 0 ? 0 : broken / n;
  }
}

/** Routes in polar order of their barycentres around the first depot (HGS-CVRP), when coordinates exist. */
function orderRoutes(inst: Instance, routes: readonly RouteSpec[]): RouteSpec[] {
  const nonEmpty = routes.filter((r) => r.clients.length > 0);
  const { x, y } = inst;
  if (!x || !y) return nonEmpty;
  const angle = (r: RouteSpec) => {
    let sx = 0;
    let sy = 0;
    for (const c of r.clients) {
      sx += x[inst.nbDepots + c]!;
      sy += y[inst.nbDepots + c]!;
    }
    return polarAngle(x[0]!, y[0]!, sx / r.clients.length, sy / r.clients.length);
  };
  return nonEmpty.map((r) => ({ r, a: angle(r) })).sort((p, q) => p.a - q.a).map((p) => p.r);
}
