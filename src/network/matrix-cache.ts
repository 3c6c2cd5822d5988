import type { ArcCosts } from './arc-costs.js';
import type { TravelMatrix } from './travel-matrix.js';

/** A small least-recently-used map from text keys to values. */
export class Lru<V> {
  readonly #map = new Map<string, V>();
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Number of entries held. */
  get size(): number {
    return this.#map.size;
  }

  /** The value for `key`, computed and stored (evicting the oldest past the limit) when missing. */
  getOrCompute(key: string, compute: () => V): V {
    const hit = this.#map.get(key);
    if (hit !== undefined) {
      this.#map.delete(key);
      this.#map.set(key, hit);
      return hit;
    }
    const value = compute();
    this.#map.set(key, value);
    if (this.#map.size > this.#limit) this.#map.delete(this.#map.keys().next().value as string);
    return value;
  }

  /** Forgets everything. */
  clear(): void {
    this.#map.clear();
  }
}

/**
 * Per-network cache: arc costs keyed by (profile, conditions, time, avoidLowGrade, policy), and matrices
 * keyed by those plus the place ids. Least recently used entries go first past `limit` of each kind.
 */
export class MatrixCache {
  readonly costs: Lru<ArcCosts>;
  readonly matrices: Lru<TravelMatrix>;

  /** A cache keeping at most `limit` cost sets and `limit` matrices. */
  constructor(limit = 16) {
    this.costs = new Lru(limit);
    this.matrices = new Lru(limit);
  }

  /** Forgets everything. */
  clear(): void {
    this.costs.clear();
    this.matrices.clear();
  }
}
