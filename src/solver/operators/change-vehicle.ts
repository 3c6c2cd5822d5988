import type { RouteState } from '../search/route-state.js';

/**
 * Moves a whole route onto an empty vehicle of another type (heterogeneous fleets: a bigger coach that
 * absorbs a neighbour's clients, a cheaper minibus for a short run). `evaluate(r, empty)` prices route
 * r's clients, in order, under the empty slot's type, profile and depots: O(route length).
 */
export class ChangeVehicle {
  readonly name = 'change-vehicle';
  readonly #s: RouteState;

  constructor(state: RouteState) {
    this.#s = state;
  }

  /** Exact cost change of moving route r to the empty slot `empty`; Infinity when not applicable. */
  evaluate(r: number, empty: number): number {
    const s = this.#s;
    if (r === empty || s.routeSize[r] === 0 || s.routeSize[empty] !== 0) return Infinity;
    let last = s.setPrefix(0, s.startNode(empty));
    for (let c = s.next[s.startNode(r)]!; !s.isDepot(c); c = s.next[c]!) last = s.appendNode(0, last, c, empty);
    s.appendNode(0, last, s.endNode(empty), empty);
    return s.costOf(s.reg, 0, empty) - s.routeCost[r]!;
  }

  apply(r: number, empty: number): void {
    const s = this.#s;
    const first = s.next[s.startNode(r)]!;
    const last = s.prev[s.endNode(r)]!;
    s.moveStretchAfter(first, last, s.startNode(empty));
    s.moveCount++;
    s.updateRoute(r);
    s.updateRoute(empty);
  }
}
