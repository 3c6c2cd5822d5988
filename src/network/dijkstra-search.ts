import type { ArcCosts } from './arc-costs.js';
import type { CsrGraph } from './csr-graph.js';
import { IndexedMinHeap } from './indexed-min-heap.js';

/** Speed value meaning "no link yet" in `minSpeedKmh`. */
const NO_SPEED = 255;

/**
 * One-to-many Dijkstra on CSR arrays (Dijkstra 1959) with a decrease-key binary heap. All arrays are
 * allocated once per search object and reused across runs: a run stamps nodes with a generation number
 * instead of clearing arrays, and stops as soon as every target is settled.
 *
 * Labels are (time, length) pairs compared lexicographically, so among equally fast paths the shortest is
 * kept; every arc takes at least 1 ms, which makes that order safe for a heap keyed on time alone.
 * When a node is settled, the low-grade flag and the lowest speed of its path are derived from its
 * predecessor, which was settled before it.
 */
export class DijkstraSearch {
  /** Time in ms from the source; valid for settled nodes of the last run. */
  readonly timeMs: Float64Array;
  /** Length in metres of the path found; valid for settled nodes of the last run. */
  readonly lengthM: Float64Array;
  /** Arc by which each settled node was reached, -1 for the source. */
  readonly predArc: Int32Array;
  /** 1 when the path to the node uses a low-grade arc. */
  readonly lowGrade: Uint8Array;
  /** Lowest speed in km/h along the path to the node (255 for the source). */
  readonly minSpeedKmh: Uint8Array;
  readonly #csr: CsrGraph;
  readonly #heap: IndexedMinHeap;
  readonly #labelled: Int32Array;
  readonly #settled: Int32Array;
  readonly #target: Int32Array;
  #generation = 0;

  /** Allocates the work arrays for a graph. */
  constructor(csr: CsrGraph) {
    const n = csr.nodeCount;
    this.#csr = csr;
    this.#heap = new IndexedMinHeap(n);
    this.timeMs = new Float64Array(n);
    this.lengthM = new Float64Array(n);
    this.predArc = new Int32Array(n);
    this.lowGrade = new Uint8Array(n);
    this.minSpeedKmh = new Uint8Array(n);
    this.#labelled = new Int32Array(n);
    // -1, not 0: nothing counts as settled before the first run (generation 0).
    this.#settled = new Int32Array(n).fill(-1);
    this.#target = new Int32Array(n);
  }

  /** Whether a node was settled (reached) by the last run. */
  isSettled(node: number): boolean {
    return this.#settled[node] === this.#generation;
  }

  /** Marks targets for a new run and returns how many distinct ones there are. */
  #markTargets(targets: Int32Array): number {
    const gen = this.#generation;
    const mark = this.#target;
    let count = 0;
    for (let j = 0; j < targets.length; j++) {
      const t = targets[j]!;
      if (t < 0 || mark[t] === gen) continue;
      mark[t] = gen;
      count += 1;
    }
    return count;
  }

  /** Settles a popped node: fixes its path flags; returns whether it was a target. */
  #settle(u: number, speed: Uint8Array): boolean {
    this.#settled[u] = this.#generation;
    const a = this.predArc[u]!;
    if (a < 0) {
      this.lowGrade[u] = 0;
      this.minSpeedKmh[u] = NO_SPEED;
    } else {
      const t = this.#csr.tail[a]!;
      this.lowGrade[u] = this.lowGrade[t]! | this.#csr.lowGrade[a]!;
      this.minSpeedKmh[u] = Math.min(this.minSpeedKmh[t]!, speed[a]!);
    }
    return this.#target[u] === this.#generation;
  }

  /** Runs from `source` until every target (node indices; -1 entries ignored) is settled or none is left. */
  run(costs: ArcCosts, source: number, targets: Int32Array): void {
    const gen = ++this.#generation;
    let left = this.#markTargets(targets);
    const { offsets, head, lengthM: arcLength } = this.#csr;
    const weight = costs.timeMs;
    const time = this.timeMs;
    const length = this.lengthM;
    const pred = this.predArc;
    const labelled = this.#labelled;
    const settled = this.#settled;
    const heap = this.#heap;
    heap.clear();
    time[source] = 0;
    length[source] = 0;
    pred[source] = -1;
    labelled[source] = gen;
    heap.push(source, 0);
    while (heap.size > 0 && left > 0) {
      const u = heap.pop();
      if (this.#settle(u, costs.speedKmh)) left -= 1;
      const tu = time[u]!;
      const lu = length[u]!;
      const end = offsets[u + 1]!;
      for (let a = offsets[u]!; a < end; a++) {
        const w = weight[a]!;
        if (w < 0) continue;
        const v = head[a]!;
        if (settled[v] === gen) continue;
        const tv = tu + w;
        const lv = lu + arcLength[a]!;
        if (labelled[v] !== gen) {
          labelled[v] = gen;
          time[v] = tv;
          length[v] = lv;
          pred[v] = a;
          heap.push(v, tv);
        } else if (tv < time[v]!) {
          time[v] = tv;
          length[v] = lv;
          pred[v] = a;
          heap.decrease(v, tv);
        } else if (tv === time[v]! && lv < length[v]!) {
          length[v] = lv;
          pred[v] = a;
        }
      }
    }
  }
}
