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
    const adjacent = this.#m > 0 && (s.next[uEnd] === v || s.next[vEnd] === u);
    if (this.prune && s.inst.distanceOnlyCost && !adjacent && u !== v && s.prev[u] !== v) {
      const bound = this.#bound(u, uEnd, v, vEnd, ru, rv);
      if (bound >= 0) return bound;
    }
    return this.#evaluateIntra(u, uEnd, v, vEnd, ru);
  }

  /** Lower bound from distances and fixed costs: penalties can at most vanish. */
  #bound(u: number, uEnd: number, v: number, vEnd: number, ru: number, rv: number): number {
    const s = this.#s;
    const T = s.inst.types;
    const n = s.inst.nbLocations;
    const L = s.loc;
    const du = s.routeDist[ru]!;
    const dv = s.routeDist[rv]!;
    const pu = s.prev[u]!, nu = s.next[uEnd]!;
    const tu = s.routeType[ru]!, tv = s.routeType[rv]!;
    let dU = du[L[pu]! * n + L[nu]!]! - du[L[pu]! * n + L[u]!]! - du[L[uEnd]! * n + L[nu]!]!;
    let dV: number;
    if (this.#m === 0) {
      const nv = s.next[v]!;
      dV = dv[L[v]! * n + L[u]!]! + dv[L[uEnd]! * n + L[nv]!]! - dv[L[v]! * n + L[nv]!]!;
    } else {
      const pv = s.prev[v]!, nv = s.next[vEnd]!;
      dU += du[L[pu]! * n + L[v]!]! + du[L[vEnd]! * n + L[nu]!]! - du[L[pu]! * n + L[nu]!]!;
      dV = dv[L[pv]! * n + L[u]!]! + dv[L[uEnd]! * n + L[nv]!]! - dv[L[pv]! * n + L[v]!]! - dv[L[vEnd]! * n + L[nv]!]!;
    }
    let fixed = 0;
    if (this.#m === 0 && s.routeSize[ru] === this.#n) fixed -= T.fixedCost[tu]!;
    if (this.#m === 0 && s.routeSize[rv] === 0) fixed += T.fixedCost[tv]!;
    const penU = s.routeCost[ru]! - s.routeBase[ru]!;
    const penV = ru === rv ? 0 : s.routeCost[rv]! - s.routeBase[rv]!;
    return T.unitDistanceCost[tu]! * dU + T.unitDistanceCost[tv]! * dV + fixed - penU - penV;
  }

  #evaluateInter(u: number, uEnd: number, v: number, vEnd: number, ru: number, rv: number): number {
    const s = this.#s;
    if (this.prune && s.inst.distanceOnlyCost) {
      const bound = this.#bound(u, uEnd, v, vEnd, ru, rv);
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

  #evaluateIntra(u: number, uEnd: number, v: number, vEnd: number, r: number): number {
    const s = this.#s;
    const pu = s.pos[u]!, pv = s.pos[v]!;
    let last: number;
    if (this.#m === 0) {
      if (pv >= pu - 1 && pv <= s.pos[uEnd]!) return Infinity;
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
      if (s.pos[aEnd]! >= s.pos[b]!) return Infinity;
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
