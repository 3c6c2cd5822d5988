import type { RoadSegment } from '../../src/domain/road-segment.js';

/**
 * Shortest road distance in metres from one node to every node (Dijkstra with a binary heap over
 * `lengthM`, both directions). Used by the builder to report its calibration; unreachable nodes are absent.
 */
export function roadDistancesM(segments: readonly RoadSegment[], source: string): Map<string, number> {
  const adjacency = new Map<string, Array<[string, number]>>();
  const link = (a: string, b: string, w: number) => {
    const list = adjacency.get(a) ?? [];
    list.push([b, w]);
    adjacency.set(a, list);
  };
  for (const s of segments) {
    link(s.fromNode, s.toNode, s.lengthM);
    if (!s.oneway) link(s.toNode, s.fromNode, s.lengthM);
  }
  const dist = new Map<string, number>([[source, 0]]);
  const heap: Array<[number, string]> = [[0, source]];
  const push = (item: [number, string]) => {
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((heap[p] as [number, string])[0] <= item[0]) break;
      heap[i] = heap[p] as [number, string];
      i = p;
    }
    heap[i] = item;
  };
  const pop = (): [number, string] | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= heap.length) break;
      const r = l + 1;
      const c = r < heap.length && (heap[r] as [number, string])[0] < (heap[l] as [number, string])[0] ? r : l;
      if ((heap[c] as [number, string])[0] >= last[0]) break;
      heap[i] = heap[c] as [number, string];
      i = c;
    }
    heap[i] = last;
    return top;
  };
  for (let item = pop(); item !== undefined; item = pop()) {
    const [d, node] = item;
    if (d > (dist.get(node) ?? Infinity)) continue;
    for (const [next, w] of adjacency.get(node) ?? []) {
      const nd = d + w;
      if (nd < (dist.get(next) ?? Infinity)) {
        dist.set(next, nd);
        push([nd, next]);
      }
    }
  }
  return dist;
}
