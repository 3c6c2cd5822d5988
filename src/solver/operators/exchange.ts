import type { RouteState } from '../search/route-state.js';
import { SEG } from '../segment/segment.js';
import type { NodeOperator } from './node-operator.js';

const R0 = 0;
const R1 = SEG;

/**
 * Exchange(N, M): moves the stretch of N clients starting at u after node v (M = 0: relocate, N = 2, 3:
 * or-opt), or swaps it with the stretch of M clients starting at v (M ≥ 1: swap). Covers HGS moves
 * M1, M2, M4, M5, M6 (Vidal 2022 §3.2). Inter-route deltas use prefix/suffix segments in O(N + M);
 * intra-route deltas concatenate the stretch in between.
 */
export class Exchange implements NodeOperator {
  readonly name: string;
  readonly #s: RouteState;
  readonly #n: number;
  readonly #m: number;
  /** Stop early with a non-negative lower bound when the move cannot improve. */
  prune = false;

  constructor(state: RouteState, n: number, m: number) {
    if (n < 1 || m < 0 || m > n) throw new Error('exchange: need n >= 1 and 0 <= m <= n');
    this.#s = state;
    this.#n = n;
    this.#m = m;
    this.name = `exchange(${n},${m})`;
  }

  /** Last node of the stretch of `len` clients from `first`, or −1 when it runs into a depot. */
  #stretchEnd(first: number, len: number): number {
    const s = this.#s;
    let node = first;
    if (s.isDepot(node)) return -1;
    for (let k = 1; k < len; k++) {
      node = s.next[node]!;
      if (s.isDepot(node)) return -1;
    }
    return node;
  }

  evaluate(u: number, v: number): number {
    const s = this.#s;
    const uEnd = this.#stretchEnd(u, this.#n);
    if (uEnd < 0) return Infinity;
    let vEnd = v;
    if (this.#m > 0) {
      vEnd = this.#stretchEnd(v, this.#m);
      if (vEnd < 0) return Infinity;
    } else if (v === s.endNode(s.routeOf[v]!)) return Infinity;
    const ru = s.routeOf[u]!;
    const rv = s.routeOf[v]!;
    if (ru !== rv) return this.#evaluateInter(u, uEnd, v, vEnd, ru, rv);
    if (!this.#validIntra(u, uEnd, v, vEnd)) return Infinity;
    const adjacent = this.#m > 0 && (s.next[uEnd] === v || s.next[vEnd] === u);
    if (!adjacent && (s.lite || (this.prune && s.inst.distanceOnlyCost))) {
      this.#distanceDeltas(u, uEnd, v, vEnd, ru, rv);
      // same route, same load: in capacity-only mode only the distance changes
      if (s.lite) return s.inst.types.unitDistanceCost[s.routeType[ru]!]! * (this.#dU + this.#dV);
      const bound = this.#bound(ru, rv);
      if (bound >= 0) return bound;
    }
    return this.#evaluateIntra(u, uEnd, v, vEnd, ru);
  }

  /** Distance change of route U (#dU) and route V (#dV); exact for inter-route and non-adjacent moves. */
  #distanceDeltas(u: number, uEnd: number, v: number, vEnd: number, ru: number, rv: number): void {
    const s = this.#s;
    const n = s.inst.nbLocations;
    const L = s.loc;
    const du = s.routeDist[ru]!;
    const dv = s.routeDist[rv]!;
    const lpu = L[s.prev[u]!]! * n, lnu = L[s.next[uEnd]!]!, lu = L[u]!, luEnd = L[uEnd]! * n;
    let dU = du[lpu + lnu]! - du[lpu + lu]! - du[luEnd + lnu]!;
    let dV: number;
    if (this.#m === 0) {
      const lv = L[v]! * n, lnv = L[s.next[v]!]!;
      dV = dv[lv + lu]! + dv[luEnd + lnv]! - dv[lv + lnv]!;
    } else {
      const lpv = L[s.prev[v]!]! * n, lnv = L[s.next[vEnd]!]!, lv = L[v]!, lvEnd = L[vEnd]! * n;
      dU += du[lpu + lv]! + du[lvEnd + lnu]! - du[lpu + lnu]!;
      dV = dv[lpv + lu]! + dv[luEnd + lnv]! - dv[lpv + lv]! - dv[lvEnd + lnv]!;
    }
    if (ru !== rv) {
      // the stretches' own edges move with them, priced in their new route's matrix
      const inU = u === uEnd ? 0 : this.#internal(u, uEnd, du);
      dU -= inU;
      dV += du === dv ? inU : this.#internal(u, uEnd, dv);
      if (this.#m > 0) {
        const inV = v === vEnd ? 0 : this.#internal(v, vEnd, dv);
        dV -= inV;
        dU += du === dv ? inV : this.#internal(v, vEnd, du);
      }
    }
    this.#dU = dU;
    this.#dV = dV;
  }

  /** Distance along a stretch first..last in matrix m. */
  #internal(first: number, last: number, m: Int32Array): number {
    const s = this.#s;
    const n = s.inst.nbLocations;
    let sum = 0;
    for (let node = first; node !== last; node = s.next[node]!) sum += m[s.loc[node]! * n + s.loc[s.next[node]!]!]!;
    return sum;
  }

  #dU = 0;
  #dV = 0;

  /**
   * Lower bound from distances and fixed costs (after #distanceDeltas): each route's new cost is at least
   * its new distance and fixed cost, since penalties can at most vanish. A route emptied by the move
   * costs nothing; an empty route's distance (start to end depot, not zero when they differ) was never
   * in its cost, so the deltas are rebased on the routes' actual base costs.
   */
  #bound(ru: number, rv: number): number {
    const s = this.#s;
    const T = s.inst.types;
    const tu = s.routeType[ru]!, tv = s.routeType[rv]!;
    const wu = T.unitDistanceCost[tu]!, wv = T.unitDistanceCost[tv]!;
    if (ru === rv) return s.routeBase[ru]! + wu * (this.#dU + this.#dV) - s.routeCost[ru]!;
    const emptiedU = this.#m === 0 && s.routeSize[ru] === this.#n;
    const baseU = emptiedU ? 0 : s.routeBase[ru]! + wu * this.#dU;
    const baseV = s.routeSize[rv] === 0 ? T.fixedCost[tv]! + wv * (s.routeDistance[rv]! + this.#dV) : s.routeBase[rv]! + wv * this.#dV;
    return baseU + baseV - s.routeCost[ru]! - s.routeCost[rv]!;
  }

  /** Exact inter-route delta in capacity-only mode, in closed form (as HGS-CVRP evaluates its moves). */
  #liteInter(u: number, uEnd: number, v: number, vEnd: number, ru: number, rv: number): number {
    const s = this.#s;
    const pre = s.preLoad;
    const segU = pre[uEnd]! - pre[s.prev[u]!]!;
    const segV = this.#m === 0 ? 0 : pre[vEnd]! - pre[s.prev[v]!]!;
    const emptyU = this.#m === 0 && s.routeSize[ru] === this.#n;
    const costU = emptyU ? 0 : this.#liteCost(ru, this.#dU, segV - segU);
    return costU + this.#liteCost(rv, this.#dV, segU - segV) - s.routeCost[ru]! - s.routeCost[rv]!;
  }

  /** Capacity-only cost of route r after its distance and load change by the given amounts. */
  #liteCost(r: number, dDist: number, dLoad: number): number {
    const s = this.#s;
    const T = s.inst.types;
    const t = s.routeType[r]!;
    const excess = s.routeLoad[r]! + dLoad - T.capacity[t]!;
    return T.unitDistanceCost[t]! * (s.routeDistance[r]! + dDist) + T.fixedCost[t]! + (excess > 0 ? s.loadPenalty * excess : 0);
  }

  #evaluateInter(u: number, uEnd: number, v: number, vEnd: number, ru: number, rv: number): number {
    const s = this.#s;
    if (s.lite || (this.prune && s.inst.distanceOnlyCost)) {
      this.#distanceDeltas(u, uEnd, v, vEnd, ru, rv);
      if (s.lite) return this.#liteInter(u, uEnd, v, vEnd, ru, rv);
      const bound = this.#bound(ru, rv);
      if (bound >= 0) return bound;
    }
    let last = s.setPrefix(R0, s.prev[u]!);
    if (this.#m > 0) last = s.appendRange(R0, last, v, vEnd, ru);
    s.appendSuffix(R0, last, s.next[uEnd]!, ru);
    const emptyU = this.#m === 0 && s.routeSize[ru] === this.#n;
    const costU = emptyU ? 0 : s.costOf(s.reg, R0, ru);
    last = s.setPrefix(R1, this.#m === 0 ? v : s.prev[v]!);
    last = s.appendRange(R1, last, u, uEnd, rv);
    s.appendSuffix(R1, last, s.next[vEnd]!, rv);
    const costV = s.costOf(s.reg, R1, rv);
    return costU + costV - s.routeCost[ru]! - s.routeCost[rv]!;
  }

  /** False when the stretches overlap or the relocation would change nothing. */
  #validIntra(u: number, uEnd: number, v: number, vEnd: number): boolean {
    const s = this.#s;
    const pu = s.pos[u]!, pv = s.pos[v]!;
    if (this.#m === 0) return !(pv >= pu - 1 && pv <= s.pos[uEnd]!);
    return pu < pv ? s.pos[uEnd]! < pv : s.pos[vEnd]! < pu;
  }

  #evaluateIntra(u: number, uEnd: number, v: number, vEnd: number, r: number): number {
    const s = this.#s;
    const pu = s.pos[u]!, pv = s.pos[v]!;
    let last: number;
    if (this.#m === 0) {
      if (pu < pv) {
        last = s.setPrefix(R0, s.prev[u]!);
        last = s.appendRange(R0, last, s.next[uEnd]!, v, r);
        last = s.appendRange(R0, last, u, uEnd, r);
        s.appendSuffix(R0, last, s.next[v]!, r);
      } else {
        last = s.setPrefix(R0, v);
        last = s.appendRange(R0, last, u, uEnd, r);
        last = s.appendRange(R0, last, s.next[v]!, s.prev[u]!, r);
        s.appendSuffix(R0, last, s.next[uEnd]!, r);
      }
    } else {
      const [a, aEnd, b, bEnd] = pu < pv ? [u, uEnd, v, vEnd] : [v, vEnd, u, uEnd];
      last = s.setPrefix(R0, s.prev[a]!);
      last = s.appendRange(R0, last, b, bEnd, r);
      if (s.next[aEnd] !== b) last = s.appendRange(R0, last, s.next[aEnd]!, s.prev[b]!, r);
      last = s.appendRange(R0, last, a, aEnd, r);
      s.appendSuffix(R0, last, s.next[bEnd]!, r);
    }
    return s.costOf(s.reg, R0, r) - s.routeCost[r]!;
  }

  apply(u: number, v: number): void {
    const s = this.#s;
    const uEnd = this.#stretchEnd(u, this.#n);
    const ru = s.routeOf[u]!;
    const rv = s.routeOf[v]!;
    if (this.#m === 0) {
      s.moveStretchAfter(u, uEnd, v);
    } else {
      const vEnd = this.#stretchEnd(v, this.#m);
      const a = s.prev[u]!;
      const b = s.prev[v]!;
      if (b === uEnd) s.moveStretchAfter(v, vEnd, a);
      else if (a === vEnd) s.moveStretchAfter(u, uEnd, b);
      else {
        s.moveStretchAfter(u, uEnd, b);
        s.moveStretchAfter(v, vEnd, a);
      }
    }
    s.moveCount++;
    s.updateRoute(ru);
    if (rv !== ru) s.updateRoute(rv);
  }
}
