import type { RouteState } from '../search/route-state.js';
import type { NodeOperator } from './node-operator.js';

/**
 * Intra-route 2-opt (HGS move M7): for u before v on the same route, reverses the stretch after u up to v,
 * so u is followed by v. Exact for asymmetric matrices and time windows: the reversed stretch is
 * re-concatenated node by node, O(stretch length).
 */
export class TwoOpt implements NodeOperator {
  readonly name = 'two-opt';
  readonly #s: RouteState;

  constructor(state: RouteState) {
    this.#s = state;
  }

  evaluate(u: number, v: number): number {
    const s = this.#s;
    const r = s.routeOf[u]!;
    if (r !== s.routeOf[v] || s.isDepot(v) || s.pos[u]! + 1 >= s.pos[v]!) return Infinity;
    if (s.lite && s.inst.symmetricDistances) {
      // capacity only and symmetric: the reversed stretch keeps its length, two edges change
      const n = s.inst.nbLocations;
      const d = s.routeDist[r]!;
      const lu = s.loc[u]!, lx = s.loc[s.next[u]!]!, lv = s.loc[v]!, ly = s.loc[s.next[v]!]!;
      const delta = d[lu * n + lv]! + d[lx * n + ly]! - d[lu * n + lx]! - d[lv * n + ly]!;
      return s.inst.types.unitDistanceCost[s.routeType[r]!]! * delta;
    }
    let last = s.setPrefix(0, u);
    last = s.appendRangeReversed(0, last, v, s.next[u]!, r);
    s.appendSuffix(0, last, s.next[v]!, r);
    return s.costOf(s.reg, 0, r) - s.routeCost[r]!;
  }

  apply(u: number, v: number): void {
    const s = this.#s;
    const first = s.next[u]!;
    const after = s.next[v]!;
    // relink u → v → … → first → after
    let node = first;
    let p = after;
    while (node !== after) {
      const nx = s.next[node]!;
      s.next[node] = p;
      s.prev[p] = node;
      p = node;
      node = nx;
    }
    s.next[u] = v;
    s.prev[v] = u;
    s.moveCount++;
    s.updateRoute(s.routeOf[u]!);
  }
}
