import type { RouteState } from '../search/route-state.js';
import { SEG } from '../segment/segment.js';

/** Best insertions kept per client (Vidal 2022 §4: three suffice to find the best one after a removal). */
const TOP = 3;

/** Largest clients × routes table of cached insertions (beyond it, insertions are recomputed each time). */
const MAX_CACHE = 4_000_000;

/**
 * SWAP* (Vidal 2022, "Hybrid genetic search for the CVRP: open-source implementation and SWAP*
 * neighborhood", §4): exchanges u of one route with v of another, each inserted at its best position
 * in the other route rather than in place. Candidates are ranked with distances and load penalties
 * (the preprocessing keeps each client's three cheapest insertions); the best candidate is then evaluated
 * exactly, time windows and ride times included, so `evaluate` returns an exact delta.
 */
export class SwapStar {
  readonly name = 'swap-star';
  readonly #s: RouteState;
  /**
   * Node after which each client's TOP best insertions into a route go, and their costs, at
   * (client · R + route) · TOP when cached per route (HGS-CVRP keeps the same table), else client · TOP.
   */
  readonly #insAfter: Int32Array;
  readonly #insCost: Float64Array;
  /** Route's modification stamp when the client's insertions into it were computed; null without cache. */
  readonly #stamp: Float64Array | null;
  /** Best move found by the last evaluate: u, v, insert v after vAfter, u after uAfter. */
  #u = -1;
  #v = -1;
  #uAfter = -1;
  #vAfter = -1;

  constructor(state: RouteState) {
    this.#s = state;
    this.#removal = new Float64Array(state.inst.nbClients);
    const cells = state.inst.nbClients * state.nbRoutes;
    const cached = cells <= MAX_CACHE;
    this.#stamp = cached ? new Float64Array(cells).fill(-1) : null;
    this.#insAfter = new Int32Array((cached ? cells : state.inst.nbClients) * TOP);
    this.#insCost = new Float64Array((cached ? cells : state.inst.nbClients) * TOP);
  }

  #d(r: number, a: number, b: number): number {
    const s = this.#s;
    return s.routeDist[r]![s.loc[a]! * s.inst.nbLocations + s.loc[b]!]!;
  }

  /** Offset of client c's insertions into route r. */
  #offset(c: number, r: number): number {
    return (this.#stamp ? c * this.#s.nbRoutes + r : c) * TOP;
  }

  /** Keeps the TOP cheapest insertions of client c between consecutive nodes of route r (cached per route state). */
  #preprocess(c: number, r: number): void {
    const s = this.#s;
    const o = this.#offset(c, r);
    if (this.#stamp) {
      const k = c * s.nbRoutes + r;
      if (this.#stamp[k] === s.routeModified[r]) return;
      this.#stamp[k] = s.routeModified[r]!;
    }
    const insCost = this.#insCost;
    const insAfter = this.#insAfter;
    for (let k = 0; k < TOP; k++) {
      insCost[o + k] = Infinity;
      insAfter[o + k] = -1;
    }
    const nl = s.inst.nbLocations;
    const d = s.routeDist[r]!;
    const loc = s.loc;
    const next = s.next;
    const lc = loc[c]!;
    const end = s.endNode(r);
    for (let p = s.startNode(r); p !== end; p = next[p]!) {
      const lp = loc[p]!;
      const ln = loc[next[p]!]!;
      const cost = d[lp * nl + lc]! + d[lc * nl + ln]! - d[lp * nl + ln]!;
      if (cost >= insCost[o + TOP - 1]!) continue;
      let k = TOP - 1;
      while (k > 0 && insCost[o + k - 1]! > cost) {
        insCost[o + k] = insCost[o + k - 1]!;
        insAfter[o + k] = insAfter[o + k - 1]!;
        k--;
      }
      insCost[o + k] = cost;
      insAfter[o + k] = p;
    }
  }

  /** Cheapest insertion of c into its target route once `removed` is gone; sets #bestAfter. */
  #bestInsertion(c: number, removed: number, r: number): number {
    const s = this.#s;
    const o = this.#offset(c, r);
    const p = s.prev[removed]!;
    const n = s.next[removed]!;
    let best = this.#d(r, p, c) + this.#d(r, c, n) - this.#d(r, p, n);
    this.#bestAfter = p;
    for (let k = 0; k < TOP; k++) {
      const after = this.#insAfter[o + k]!;
      if (after < 0) break;
      if (after === removed || s.next[after] === removed) continue;
      if (this.#insCost[o + k]! < best) {
        best = this.#insCost[o + k]!;
        this.#bestAfter = after;
      }
      break;
    }
    return best;
  }

  #bestAfter = -1;
  /** Distance saved by taking each client out of its route, for the pair being evaluated. */
  readonly #removal: Float64Array;

  /** Exact delta of the best SWAP* move between routes ru and rv (Infinity when none is promising). */
  evaluate(ru: number, rv: number): number {
    const s = this.#s;
    if (s.routeSize[ru] === 0 || s.routeSize[rv] === 0) return Infinity;
    this.#prepare(ru, rv);
    this.#prepare(rv, ru);
    this.#u = -1;
    this.#bestCandidate(ru, rv);
    if (this.#u < 0) return Infinity;
    return this.#exactDelta(ru, rv);
  }

  /** Insertions of route r's clients into route other, and the distance saved by removing each. */
  #prepare(r: number, other: number): void {
    const s = this.#s;
    for (let u = s.next[s.startNode(r)]!; !s.isDepot(u); u = s.next[u]!) {
      this.#preprocess(u, other);
      this.#removal[u] = this.#d(r, s.prev[u]!, s.next[u]!) - this.#d(r, s.prev[u]!, u) - this.#d(r, u, s.next[u]!);
    }
  }

  /** Ranks every (u, v) by distances and load penalties (Vidal 2022 §4) and keeps the best in #u, #v. */
  #bestCandidate(ru: number, rv: number): void {
    const s = this.#s;
    const T = s.inst.types;
    const wu = T.unitDistanceCost[s.routeType[ru]!]!;
    const wv = T.unitDistanceCost[s.routeType[rv]!]!;
    const loadU = s.routeLoad[ru]!;
    const loadV = s.routeLoad[rv]!;
    const capU = T.capacity[s.routeType[ru]!]!;
    const capV = T.capacity[s.routeType[rv]!]!;
    const pL = s.loadPenalty;
    const penUV = pL * (Math.max(0, loadU - capU) + Math.max(0, loadV - capV));
    const { demand } = s.inst;
    const { next, nbClients: C } = s;
    const removal = this.#removal;
    const firstV = next[s.startNode(rv)]!;
    let best = 0;
    for (let u = next[s.startNode(ru)]!; u < C; u = next[u]!) {
      const removeU = removal[u]!;
      const du = demand[u]!;
      for (let v = firstV; v < C; v = next[v]!) {
        const dv = demand[v]!;
        const pen = pL * (Math.max(0, loadU - du + dv - capU) + Math.max(0, loadV - dv + du - capV)) - penUV;
        if (pen + wu * removeU + wv * removal[v]! >= best) continue;
        const insU = this.#bestInsertion(u, v, rv);
        // insertion costs are non-negative on metric instances: stop before pricing v's insertion
        if (pen + wu * removeU + wv * (removal[v]! + insU) >= best) continue;
        const uAfter = this.#bestAfter;
        const delta = pen + wu * (removeU + this.#bestInsertion(v, u, ru)) + wv * (removal[v]! + insU);
        if (delta < best) {
          best = delta;
          this.#u = u;
          this.#v = v;
          this.#uAfter = uAfter;
          this.#vAfter = this.#bestAfter;
        }
      }
    }
  }

  /** reg[o] = route r with `out` removed and `inNode` inserted after `after`; returns its cost. */
  #rebuilt(o: number, r: number, out: number, inNode: number, after: number): number {
    const s = this.#s;
    const start = s.startNode(r);
    const end = s.endNode(r);
    let last = s.setPrefix(o, start);
    if (after === start) last = s.appendNode(o, last, inNode, r);
    for (let node = s.next[start]!; ; node = s.next[node]!) {
      if (node !== out) last = s.appendNode(o, last, node, r);
      if (node === end) break;
      if (node === after) last = s.appendNode(o, last, inNode, r);
    }
    return s.costOf(s.reg, o, r);
  }

  #exactDelta(ru: number, rv: number): number {
    const s = this.#s;
    const costU = this.#rebuilt(0, ru, this.#u, this.#v, this.#vAfter);
    const costV = this.#rebuilt(SEG, rv, this.#v, this.#u, this.#uAfter);
    return costU + costV - s.routeCost[ru]! - s.routeCost[rv]!;
  }

  /** Applies the move found by the last {@link evaluate} of (ru, rv). */
  apply(ru: number, rv: number): void {
    const s = this.#s;
    s.moveStretchAfter(this.#v, this.#v, this.#vAfter);
    s.moveStretchAfter(this.#u, this.#u, this.#uAfter);
    s.moveCount++;
    s.updateRoute(ru);
    s.updateRoute(rv);
  }
}
