import type { CsrAdjacency } from './bipartite-matching.js';
import type { ChainingProblem } from './chaining-problem.js';
import { canFollow } from './trip-links.js';

/**
 * "Trip b can follow trip a" for every pair of candidate trips, as a bit matrix computed once, so that
 * the option search can rebuild the follow graph of any selection without touching the matrices.
 */
export class LinkMatrix {
  readonly #bits: Uint32Array;
  readonly #words: number;

  constructor(p: ChainingProblem) {
    const n = p.trips.length;
    this.#words = (n + 31) >>> 5;
    this.#bits = new Uint32Array(n * this.#words);
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) if (canFollow(p, a, b)) this.#bits[a * this.#words + (b >>> 5)]! |= 1 << (b & 31);
    }
  }

  /** Whether trip `b` can follow trip `a`. */
  has(a: number, b: number): boolean {
    return (this.#bits[a * this.#words + (b >>> 5)]! & (1 << (b & 31))) !== 0;
  }

  /** The follow graph among `selected` (positions 0 … k − 1), reusing `scratch` buffers when large enough. */
  graph(selected: Int32Array, scratch: { offsets: Int32Array; targets: Int32Array }): CsrAdjacency {
    const k = selected.length;
    if (scratch.offsets.length < k + 1) scratch.offsets = new Int32Array(k + 1);
    if (scratch.targets.length < k * k) scratch.targets = new Int32Array(k * k);
    const { offsets, targets } = scratch;
    let e = 0;
    for (let i = 0; i < k; i++) {
      offsets[i] = e;
      const a = selected[i]!;
      for (let j = 0; j < k; j++) if (this.has(a, selected[j]!)) targets[e++] = j;
    }
    offsets[k] = e;
    return { leftCount: k, rightCount: k, offsets: offsets.subarray(0, k + 1), targets: targets.subarray(0, e) };
  }
}
