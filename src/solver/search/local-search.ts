import type { Instance } from '../problem/instance.js';
import { ChangeVehicle } from '../operators/change-vehicle.js';
import { Exchange } from '../operators/exchange.js';
import type { NodeOperator } from '../operators/node-operator.js';
import { SwapStar } from '../operators/swap-star.js';
import { TwoOpt } from '../operators/two-opt.js';
import { TwoOptStar } from '../operators/two-opt-star.js';
import { CircleSectors, polarAngle } from './circle-sector.js';
import type { Random } from './random.js';
import { RouteState, type RouteSpec } from './route-state.js';

/** Smallest cost decrease that counts as an improvement (penalties make costs fractional). */
const EPSILON = 1e-6;

/**
 * Local search with granular neighbourhoods (Vidal 2022 §3): for each client u in random order and each
 * correlated client v, tries node moves (relocate, or-opt, swaps, 2-opt, 2-opt*) and applies the first
 * improving one; then SWAP* between routes whose polar sectors overlap; repeats until no move improves.
 * Pairs whose routes did not change since they were last tested are skipped.
 */
export class LocalSearch {
  readonly state: RouteState;
  readonly #inst: Instance;
  readonly #rng: Random;
  readonly #exchanges: Exchange[];
  readonly #twoOpt: TwoOpt;
  readonly #twoOptStar: TwoOptStar;
  readonly #swapStar: SwapStar;
  readonly #changeVehicle: ChangeVehicle;
  readonly #order: Int32Array;
  readonly #routeOrder: Int32Array;
  readonly #lastTested: Float64Array;
  readonly #lastSwapStar: Float64Array;
  readonly #angle: Int32Array | null;
  readonly #sectors: CircleSectors;
  readonly #neighbours: Int32Array[];
  /** Scratch: vehicle types already tried for a new route. */
  readonly #typeTried: Uint8Array;

  constructor(inst: Instance, rng: Random) {
    this.#inst = inst;
    this.#rng = rng;
    this.state = new RouteState(inst);
    this.#exchanges = [[1, 0], [2, 0], [1, 1], [2, 1], [2, 2]].map(([n, m]) => new Exchange(this.state, n!, m!));
    for (const op of this.#exchanges) op.prune = true;
    this.#twoOpt = new TwoOpt(this.state);
    this.#twoOptStar = new TwoOptStar(this.state);
    this.#twoOptStar.prune = true;
    this.#swapStar = new SwapStar(this.state);
    this.#changeVehicle = new ChangeVehicle(this.state);
    this.#order = Int32Array.from({ length: inst.nbClients }, (_v, i) => i);
    this.#routeOrder = Int32Array.from({ length: this.state.nbRoutes }, (_v, i) => i);
    this.#lastTested = new Float64Array(inst.nbClients);
    this.#lastSwapStar = new Float64Array(this.state.nbRoutes);
    this.#sectors = new CircleSectors(this.state.nbRoutes);
    this.#neighbours = inst.neighbours.map((n) => Int32Array.from(n));
    this.#typeTried = new Uint8Array(inst.types.nbTypes);
    const { x, y } = inst;
    this.#angle =
      x && y
        ? Int32Array.from({ length: inst.nbClients }, (_v, c) => polarAngle(x[0]!, y[0]!, x[inst.nbDepots + c]!, y[inst.nbDepots + c]!))
        : null;
  }

  /** The node operators tried for each (u, v) pair, in order. */
  get nodeOperators(): readonly NodeOperator[] {
    return [...this.#exchanges, this.#twoOpt, this.#twoOptStar];
  }

  /** Improves the routes under the given penalties until no move improves; returns the new routes. */
  run(routes: readonly RouteSpec[], loadPenalty: number, timePenalty: number, maxRoutes = Infinity): RouteSpec[] {
    const s = this.state;
    s.maxRoutes = Math.min(maxRoutes, s.nbRoutes);
    s.loadPenalty = loadPenalty;
    s.timePenalty = timePenalty;
    s.load(routes);
    this.#rng.shuffle(this.#order);
    this.#rng.shuffle(this.#routeOrder);
    for (const list of this.#neighbours) if (this.#rng.int(20) === 0) this.#rng.shuffle(list);
    this.#lastTested.fill(-1);
    this.#lastSwapStar.fill(-1);
    // at least two loops (as HGS-CVRP): moves into empty routes start at loop 1, so a first loop that finds
    // nothing must not end the search before a route can be opened (a late route worth a new vehicle)
    for (let loop = 0, improved = true; improved || loop < 2; loop++) {
      improved = this.#nodeLoop(loop);
      if (this.#swapStarLoop(loop)) improved = true;
      if (this.#inst.types.nbTypes > 1 && this.#changeVehicles()) improved = true;
    }
    return s.exportRoutes();
  }

  #nodeLoop(loop: number): boolean {
    const s = this.state;
    let improved = false;
    const order = this.#order;
    for (let k = 0; k < order.length; k++) {
      const u = order[k]!;
      const lastTest = this.#lastTested[u]!;
      this.#lastTested[u] = s.moveCount;
      const neighbours = this.#neighbours[u]!;
      for (let i = 0; i < neighbours.length; i++) {
        const v = neighbours[i]!;
        if (loop > 0 && s.routeModified[s.routeOf[u]!]! <= lastTest && s.routeModified[s.routeOf[v]!]! <= lastTest) continue;
        if (this.#tryPair(u, v)) improved = true;
      }
      if (loop > 0 && this.#tryEmptyRoutes(u)) improved = true;
    }
    return improved;
  }

  /** First improving node move for (u, v), also inserting u at the start of v's route. */
  #tryPair(u: number, v: number): boolean {
    const s = this.state;
    for (const op of this.#exchanges) if (this.#try(op, u, v)) return true;
    const p = s.prev[v]!;
    if (s.routeOf[u] === s.routeOf[v]) {
      if (s.pos[u]! < s.pos[v]! && this.#try(this.#twoOpt, u, v)) return true;
    } else if (this.#try(this.#twoOptStar, u, v)) return true;
    if (s.isDepot(p)) {
      if (this.#try(this.#exchanges[0]!, u, p) || this.#try(this.#exchanges[1]!, u, p)) return true;
      if (s.routeOf[u] !== s.routeOf[v] && this.#try(this.#twoOptStar, u, p)) return true;
    }
    return false;
  }

  #try(op: NodeOperator, u: number, v: number): boolean {
    if (op.evaluate(u, v) >= -EPSILON) return false;
    op.apply(u, v);
    return true;
  }

  /** Relocates u to an empty route of some vehicle type when that improves (HGS: a new route). */
  #tryEmptyRoutes(u: number): boolean {
    const s = this.state;
    if (s.nbNonEmpty >= s.maxRoutes) return false;
    const tried = this.#typeTried;
    tried.fill(0);
    let seen = 0;
    for (let r = 0; r < s.nbRoutes && seen < tried.length; r++) {
      const t = s.routeType[r]!;
      if (s.routeSize[r] !== 0 || tried[t] === 1) continue;
      tried[t] = 1;
      seen++;
      if (this.#try(this.#exchanges[0]!, u, s.startNode(r))) return true;
    }
    return false;
  }

  /** Moves routes onto empty vehicles of other types when that is cheaper. */
  #changeVehicles(): boolean {
    const s = this.state;
    const tried = this.#typeTried;
    let improved = false;
    for (let r = 0; r < s.nbRoutes; r++) {
      if (s.routeSize[r] === 0) continue;
      tried.fill(0);
      tried[s.routeType[r]!] = 1;
      for (let e = 0; e < s.nbRoutes; e++) {
        const t = s.routeType[e]!;
        if (s.routeSize[e] !== 0 || tried[t] === 1) continue;
        tried[t] = 1;
        if (this.#changeVehicle.evaluate(r, e) < -EPSILON) {
          this.#changeVehicle.apply(r, e);
          improved = true;
          break;
        }
      }
    }
    return improved;
  }

  #updateSector(r: number): void {
    const s = this.state;
    const angle = this.#angle!;
    let first = true;
    for (let c = s.next[s.startNode(r)]!; !s.isDepot(c); c = s.next[c]!) {
      if (first) this.#sectors.reset(r, angle[c]!);
      else this.#sectors.extend(r, angle[c]!);
      first = false;
    }
  }

  #swapStarLoop(loop: number): boolean {
    const s = this.state;
    if (this.#angle === null && s.nbRoutes > 60) return false;
    let improved = false;
    if (this.#angle) for (let r = 0; r < s.nbRoutes; r++) if (s.routeSize[r]! > 0) this.#updateSector(r);
    for (const ru of this.#routeOrder) {
      if (s.routeSize[ru] === 0) continue;
      const lastTest = this.#lastSwapStar[ru]!;
      this.#lastSwapStar[ru] = s.moveCount;
      // each pair once, tested when its lower-numbered route comes up (as HGS-CVRP)
      for (let rv = ru + 1; rv < s.nbRoutes; rv++) {
        if (s.routeSize[rv] === 0) continue;
        if (loop > 0 && Math.max(s.routeModified[ru]!, s.routeModified[rv]!) <= lastTest) continue;
        if (this.#angle && !this.#sectors.overlap(ru, rv)) continue;
        if (this.#swapStar.evaluate(ru, rv) < -EPSILON) {
          this.#swapStar.apply(ru, rv);
          if (this.#angle) {
            this.#updateSector(ru);
            this.#updateSector(rv);
          }
          improved = true;
        }
      }
    }
    return improved;
  }
}
