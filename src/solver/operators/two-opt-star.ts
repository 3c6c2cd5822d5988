import type { RouteState } from '../search/route-state.js';
import { DIST, SEG } from '../segment/segment.js';
import type { NodeOperator } from './node-operator.js';

/**
 * 2-opt* (Potvin & Rousseau 1995; HGS move M9): u and v on different routes swap their tails, so u is
 * followed by what followed v and vice versa. Each route keeps its own end depot. O(1) when both routes
 * have the same vehicle type (suffix segments are reused); otherwise the tails are re-concatenated.
 */
export class TwoOptStar implements NodeOperator {
  readonly name = 'two-opt-star';
  readonly #s: RouteState;

  /** Stop early with a non-negative lower bound when the move cannot improve. */
  prune = false;

  constructor(state: RouteState) {
    this.#s = state;
  }

  /**
   * Lower bound for same-type routes: each new route costs at least its distance and fixed cost
   * (penalties can at most vanish); a route left empty costs nothing, its start-to-end distance included.
   */
  #bound(u: number, v: number, ru: number, rv: number): number {
    const s = this.#s;
    const n = s.inst.nbLocations;
    const L = s.loc;
    const d = s.routeDist[ru]!;
    const nu = s.next[u]!;
    const nv = s.next[v]!;
    const t = s.routeType[ru]!;
    const T = s.inst.types;
    const w = T.unitDistanceCost[t]!;
    // new route U: prefix to u, then v's tail; new route V: prefix to v, then u's tail
    const distU = s.pre[u * SEG + DIST]! + d[L[u]! * n + L[nv]!]! + s.suf[nv * SEG + DIST]!;
    const distV = s.pre[v * SEG + DIST]! + d[L[v]! * n + L[nu]!]! + s.suf[nu * SEG + DIST]!;
    const emptyU = s.pos[u] === 0 && nv === s.endNode(rv);
    const emptyV = s.pos[v] === 0 && nu === s.endNode(ru);
    const baseU = emptyU ? 0 : w * distU + T.fixedCost[t]!;
    const baseV = emptyV ? 0 : w * distV + T.fixedCost[t]!;
    return baseU + baseV - s.routeCost[ru]! - s.routeCost[rv]!;
  }

  /** reg[o] ⊕= clients after `v` on its route, then route r's own end depot. */
  #appendTail(o: number, last: number, v: number, r: number): void {
    const s = this.#s;
    const rv = s.routeOf[v]!;
    if (s.routeType[rv] === s.routeType[r]) {
      s.appendSuffix(o, last, s.next[v]!, r);
      return;
    }
    let l = last;
    for (let node = s.next[v]!; !s.isDepot(node); node = s.next[node]!) l = s.appendNode(o, l, node, r);
    s.appendNode(o, l, s.endNode(r), r);
  }

  evaluate(u: number, v: number): number {
    const s = this.#s;
    const ru = s.routeOf[u]!;
    const rv = s.routeOf[v]!;
    if (ru === rv || u === s.endNode(ru) || v === s.endNode(rv)) return Infinity;
    if (this.prune && s.inst.distanceOnlyCost && s.routeType[ru] === s.routeType[rv]) {
      const bound = this.#bound(u, v, ru, rv);
      if (bound >= 0) return bound;
    }
    const lastU = s.setPrefix(0, u);
    this.#appendTail(0, lastU, v, ru);
    const lastV = s.setPrefix(SEG, v);
    this.#appendTail(SEG, lastV, u, rv);
    const sizeU = s.pos[u]! + s.routeSize[rv]! - s.pos[v]!;
    const sizeV = s.pos[v]! + s.routeSize[ru]! - s.pos[u]!;
    const costU = sizeU === 0 ? 0 : s.costOf(s.reg, 0, ru);
    const costV = sizeV === 0 ? 0 : s.costOf(s.reg, SEG, rv);
    return costU + costV - s.routeCost[ru]! - s.routeCost[rv]!;
  }

  apply(u: number, v: number): void {
    const s = this.#s;
    const ru = s.routeOf[u]!;
    const rv = s.routeOf[v]!;
    const endU = s.endNode(ru);
    const endV = s.endNode(rv);
    const tailU = s.next[u]!;
    const tailV = s.next[v]!;
    const lastU = s.prev[endU]!;
    const lastV = s.prev[endV]!;
    if (tailV === endV) {
      s.next[u] = endU;
      s.prev[endU] = u;
    } else {
      s.next[u] = tailV;
      s.prev[tailV] = u;
      s.next[lastV] = endU;
      s.prev[endU] = lastV;
    }
    if (tailU === endU) {
      s.next[v] = endV;
      s.prev[endV] = v;
    } else {
      s.next[v] = tailU;
      s.prev[tailU] = v;
      s.next[lastU] = endV;
      s.prev[endV] = lastU;
    }
    s.moveCount++;
    s.updateRoute(ru);
    s.updateRoute(rv);
  }
}
