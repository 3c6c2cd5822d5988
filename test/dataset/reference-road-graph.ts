import type { Position } from '../../src/domain/geo.js';
import type { RoadSegment } from '../../src/domain/road-segment.js';

/**
 * A deliberately simple road graph for the dataset tests: node positions taken from segment ends, and a
 * textbook O(n²) Dijkstra. It is independent of src/network on purpose, so that the dataset is checked
 * against a second implementation.
 */
export class ReferenceRoadGraph {
  readonly positions = new Map<string, Position>();
  /** Nodes whose segments disagree about where the node is. */
  readonly misplacedNodes: string[] = [];
  readonly #edges = new Map<string, Array<{ to: string; lengthM: number }>>();

  constructor(segments: readonly RoadSegment[]) {
    for (const s of segments) {
      const c = s.geometry.coordinates;
      this.#place(s.fromNode, c[0] as Position);
      this.#place(s.toNode, c[c.length - 1] as Position);
      this.#edge(s.fromNode, s.toNode, s.lengthM);
      if (!s.oneway) this.#edge(s.toNode, s.fromNode, s.lengthM);
    }
  }

  #place(node: string, p: Position): void {
    const known = this.positions.get(node);
    if (known === undefined) this.positions.set(node, p);
    else if (known[0] !== p[0] || known[1] !== p[1]) this.misplacedNodes.push(node);
  }

  #edge(from: string, to: string, lengthM: number): void {
    const list = this.#edges.get(from) ?? [];
    list.push({ to, lengthM });
    this.#edges.set(from, list);
  }

  /** The node at exactly this position, if any. */
  nodeAt(p: Position): string | undefined {
    for (const [id, q] of this.positions) if (q[0] === p[0] && q[1] === p[1]) return id;
    return undefined;
  }

  /** Shortest distance in metres from `source` to every reachable node, optionally never passing `avoid`. */
  distancesFrom(source: string, avoid?: string): Map<string, number> {
    const dist = new Map<string, number>([[source, 0]]);
    const done = new Set<string>();
    for (;;) {
      let current: string | undefined;
      let best = Infinity;
      for (const [node, d] of dist) if (!done.has(node) && d < best) [current, best] = [node, d];
      if (current === undefined) return dist;
      done.add(current);
      for (const { to, lengthM } of this.#edges.get(current) ?? []) {
        if (to === avoid) continue;
        if (best + lengthM < (dist.get(to) ?? Infinity)) dist.set(to, best + lengthM);
      }
    }
  }
}
