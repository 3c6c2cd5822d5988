import type { Instance } from '../problem/instance.js';
import { UNBOUNDED } from '../problem/problem-data.js';
import { penalisedCost } from '../segment/route-cost.js';
import { concat, LOAD, SEG, setNodeSegment } from '../segment/segment.js';
import { clientSegment } from '../solution/route-evaluation.js';
import type { RouteSpec } from '../search/route-state.js';

/** Routes may hold at most this multiple of the largest capacity in clients' demand during Split. */
const LOAD_SLACK = 1.5;

/**
 * Split (Prins 2004; Vidal 2016, "Split algorithm in O(n) for the capacitated vehicle routing problem"):
 * cuts a giant tour into routes optimally, as a shortest path over tour positions where arc (i, j) is a
 * route serving tour[i..j−1] with its cheapest vehicle type under the current penalties. The Bellman
 * form used here is O(n·L·T) for routes of at most L clients and T types, and handles time windows and
 * ride times exactly. When the unlimited split uses more routes than there are vehicles, a second pass
 * bounds the number of routes (Vidal 2016 §4, limited fleet).
 */
export class Split {
  readonly #inst: Instance;
  readonly #potential: Float64Array;
  readonly #pred: Int32Array;
  readonly #predType: Int32Array;
  readonly #seg = new Float64Array(3 * SEG);
  readonly #maxVehicles: number;
  /** Most routes a split may make: the fleet size, or less while minimising vehicles. */
  maxRoutes: number;
  readonly #maxCapacity: number;

  constructor(inst: Instance) {
    this.#inst = inst;
    const n = inst.nbClients;
    this.#maxVehicles = Array.from(inst.types.slots).reduce((a, b) => a + b, 0);
    this.maxRoutes = this.#maxVehicles;
    const K = Math.min(this.#maxVehicles, n) + 1;
    this.#potential = new Float64Array((n + 1) * K);
    this.#pred = new Int32Array((n + 1) * K);
    this.#predType = new Int32Array((n + 1) * K);
    this.#maxCapacity = Math.max(...inst.types.capacity);
  }

  /** Cuts the giant tour (internal client indices) into routes under the given penalties. */
  run(tour: ArrayLike<number>, loadPenalty: number, timePenalty: number): RouteSpec[] {
    const n = tour.length;
    const unlimited = this.#shortestPath(tour, loadPenalty, timePenalty, 0);
    const limit = Math.max(1, Math.min(this.maxRoutes, this.#maxVehicles));
    if (unlimited.length <= limit || n === 0) return unlimited;
    return this.#shortestPath(tour, loadPenalty, timePenalty, limit);
  }

  /** Shortest path with at most `maxRoutes` routes (0: any number). */
  #shortestPath(tour: ArrayLike<number>, pL: number, pT: number, maxRoutes: number): RouteSpec[] {
    const n = tour.length;
    const layers = maxRoutes === 0 ? 1 : maxRoutes + 1;
    const pot = this.#potential;
    pot.fill(Infinity, 0, (n + 1) * layers);
    pot[0] = 0;
    for (let k = 0; k < layers; k++) {
      const from = maxRoutes === 0 ? 0 : k;
      const to = maxRoutes === 0 ? 0 : k + 1;
      if (maxRoutes !== 0 && k === maxRoutes) break;
      for (let i = 0; i < n; i++) {
        const base = pot[from * (n + 1) + i]!;
        if (base === Infinity) continue;
        for (let t = 0; t < this.#inst.types.nbTypes; t++) this.#relaxFrom(tour, i, t, base, to * (n + 1), pL, pT);
      }
    }
    let bestLayer = 0;
    if (maxRoutes !== 0) {
      for (let k = 1; k <= maxRoutes; k++) if (pot[k * (n + 1) + n]! < pot[bestLayer * (n + 1) + n]!) bestLayer = k;
    }
    return this.#routesFrom(tour, bestLayer, maxRoutes !== 0, n);
  }

  /** Relaxes every arc (i, j) for type t, writing into the potential row at `row`. */
  #relaxFrom(tour: ArrayLike<number>, i: number, t: number, base: number, row: number, pL: number, pT: number): void {
    const inst = this.#inst;
    const T = inst.types;
    const n = tour.length;
    const nl = inst.nbLocations;
    const dm = inst.dist[T.profile[t]!]!;
    const tm = inst.dur[T.profile[t]!]!;
    const seg = this.#seg;
    const limit = LOAD_SLACK * Math.max(T.capacity[t]!, 1) ;
    setNodeSegment(seg, 0, 0, 0, T.startEarlyS[t]!, T.startLateS[t]!, UNBOUNDED);
    setNodeSegment(seg, 2 * SEG, 0, 0, T.endEarlyS[t]!, T.endLateS[t]!, UNBOUNDED);
    let last = T.startLoc[t]!;
    const end = T.endLoc[t]!;
    for (let j = i; j < n; j++) {
      const c = tour[j]!;
      const loc = inst.nbDepots + c;
      clientSegment(inst, c, seg, SEG);
      concat(seg, 0, seg, 0, seg, SEG, dm[last * nl + loc]!, tm[last * nl + loc]!);
      last = loc;
      if (j > i && seg[LOAD]! > limit && seg[LOAD]! > this.#maxCapacity) break;
      concat(seg, SEG, seg, 0, seg, 2 * SEG, dm[last * nl + end]!, tm[last * nl + end]!);
      const cost = base + penalisedCost(inst, t, seg, SEG, pL, pT);
      if (cost < this.#potential[row + j + 1]!) {
        this.#potential[row + j + 1] = cost;
        this.#pred[row + j + 1] = i;
        this.#predType[row + j + 1] = t;
      }
    }
  }

  #routesFrom(tour: ArrayLike<number>, layer: number, layered: boolean, n: number): RouteSpec[] {
    const routes: RouteSpec[] = [];
    let j = n;
    let k = layer;
    while (j > 0) {
      const at = (layered ? k : 0) * (n + 1) + j;
      const i = this.#pred[at]!;
      const clients: number[] = [];
      for (let p = i; p < j; p++) clients.push(tour[p]!);
      routes.push({ type: this.#predType[at]!, clients });
      j = i;
      k--;
    }
    return routes.reverse();
  }
}
