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
 * route serving tour[i..j−1] with its cheapest vehicle type under the current penalties. Arc costs are
 * computed once by extending segments (O(n·L·T) for routes of at most L clients and T types; exact with
 * time windows and ride times); when the unlimited split uses more routes than allowed, a second
 * shortest path bounds the number of routes (Vidal 2016 §4, limited fleet) on the same arcs.
 */
export class Split {
  readonly #inst: Instance;
  readonly #maxVehicles: number;
  readonly #maxCapacity: number;
  /** Arc (i, i+len) cost and type at i·(n+1) + len. */
  readonly #arcCost: Float64Array;
  readonly #arcType: Int32Array;
  /** Longest arc computed from each position. */
  readonly #arcLen: Int32Array;
  readonly #potential: Float64Array;
  readonly #pred: Int32Array;
  readonly #seg = new Float64Array(3 * SEG);
  /** Most routes a split may make: the fleet size, or less while minimising vehicles. */
  maxRoutes: number;

  constructor(inst: Instance) {
    this.#inst = inst;
    const n = inst.nbClients;
    this.#maxVehicles = Array.from(inst.types.slots).reduce((a, b) => a + b, 0);
    this.maxRoutes = this.#maxVehicles;
    this.#maxCapacity = Math.max(...inst.types.capacity);
    this.#arcCost = new Float64Array(n * (n + 1));
    this.#arcType = new Int32Array(n * (n + 1));
    this.#arcLen = new Int32Array(n);
    const K = Math.min(this.#maxVehicles, n) + 1;
    this.#potential = new Float64Array((n + 1) * K);
    this.#pred = new Int32Array((n + 1) * K);
  }

  /** Cuts the giant tour (internal client indices) into routes under the given penalties. */
  run(tour: ArrayLike<number>, loadPenalty: number, timePenalty: number): RouteSpec[] {
    const n = tour.length;
    if (n === 0) return [];
    this.#arcs(tour, loadPenalty, timePenalty);
    const unlimited = this.#shortestPath(n, 0);
    const limit = Math.max(1, Math.min(this.maxRoutes, this.#maxVehicles));
    const routes = unlimited <= limit ? this.#routesFrom(tour, 0, false) : this.#routesFrom(tour, this.#shortestPath(n, limit), true);
    return routes;
  }

  /** Fills the arc table: for each start i, routes of growing length under every vehicle type. */
  #arcs(tour: ArrayLike<number>, pL: number, pT: number): void {
    const n = tour.length;
    this.#arcCost.fill(Infinity, 0, n * (n + 1));
    this.#arcLen.fill(0);
    for (let i = 0; i < n; i++) {
      for (let t = 0; t < this.#inst.types.nbTypes; t++) this.#arcsFrom(tour, i, t, pL, pT);
    }
  }

  #arcsFrom(tour: ArrayLike<number>, i: number, t: number, pL: number, pT: number): void {
    const inst = this.#inst;
    const T = inst.types;
    const n = tour.length;
    const nl = inst.nbLocations;
    const dm = inst.dist[T.profile[t]!]!;
    const tm = inst.dur[T.profile[t]!]!;
    const seg = this.#seg;
    const limit = LOAD_SLACK * Math.max(T.capacity[t]!, 1);
    setNodeSegment(seg, 0, 0, 0, T.startEarlyS[t]!, T.startLateS[t]!, UNBOUNDED);
    setNodeSegment(seg, 2 * SEG, 0, 0, T.endEarlyS[t]!, T.endLateS[t]!, UNBOUNDED);
    let last = T.startLoc[t]!;
    const end = T.endLoc[t]!;
    const row = i * (n + 1);
    for (let j = i; j < n; j++) {
      const c = tour[j]!;
      const loc = inst.nbDepots + c;
      clientSegment(inst, c, seg, SEG);
      concat(seg, 0, seg, 0, seg, SEG, dm[last * nl + loc]!, tm[last * nl + loc]!);
      last = loc;
      if (j > i && seg[LOAD]! > limit && seg[LOAD]! > this.#maxCapacity) break;
      concat(seg, SEG, seg, 0, seg, 2 * SEG, dm[last * nl + end]!, tm[last * nl + end]!);
      const cost = penalisedCost(inst, t, seg, SEG, pL, pT);
      const len = j + 1 - i;
      if (cost < this.#arcCost[row + len]!) {
        this.#arcCost[row + len] = cost;
        this.#arcType[row + len] = t;
      }
      if (len > this.#arcLen[i]!) this.#arcLen[i] = len;
    }
  }

  /**
   * Shortest path over the arc table with at most `maxRoutes` routes (0: any number). Returns the
   * number of routes of the unlimited path, or the best layer of the limited one.
   */
  #shortestPath(n: number, maxRoutes: number): number {
    const layers = maxRoutes === 0 ? 1 : maxRoutes + 1;
    const pot = this.#potential;
    pot.fill(Infinity, 0, (n + 1) * layers);
    pot[0] = 0;
    for (let k = 0; k < (maxRoutes === 0 ? 1 : maxRoutes); k++) {
      const from = maxRoutes === 0 ? 0 : k * (n + 1);
      const to = maxRoutes === 0 ? 0 : (k + 1) * (n + 1);
      for (let i = 0; i < n; i++) {
        const base = pot[from + i]!;
        if (base === Infinity) continue;
        const row = i * (n + 1);
        const maxLen = this.#arcLen[i]!;
        for (let len = 1; len <= maxLen; len++) {
          const cost = base + this.#arcCost[row + len]!;
          if (cost < pot[to + i + len]!) {
            pot[to + i + len] = cost;
            this.#pred[to + i + len] = i;
          }
        }
      }
    }
    if (maxRoutes === 0) {
      let routes = 0;
      for (let j = n; j > 0; j = this.#pred[j]!) routes++;
      return routes;
    }
    let best = 1;
    for (let k = 2; k <= maxRoutes; k++) if (pot[k * (n + 1) + n]! < pot[best * (n + 1) + n]!) best = k;
    return best;
  }

  #routesFrom(tour: ArrayLike<number>, layer: number, layered: boolean): RouteSpec[] {
    const n = tour.length;
    const routes: RouteSpec[] = [];
    let j = n;
    let k = layer;
    while (j > 0) {
      const i = this.#pred[(layered ? k : 0) * (n + 1) + j]!;
      const clients: number[] = [];
      for (let p = i; p < j; p++) clients.push(tour[p]!);
      routes.push({ type: this.#arcType[i * (n + 1) + j - i]!, clients });
      j = i;
      k--;
    }
    return routes.reverse();
  }
}
