import type { RunPath } from '../../scheduling/index.js';

/**
 * The paths of a version's runs, county-wide, by version id and county data version: a road closed or
 * reopened since (an audited change) gives new paths, an unchanged county serves them from memory
 * (expanding a Suichang weekend's legs takes about a second in a worker). Bounded: the least recently
 * used entry goes first. Callers cut the runs to their audience.
 */
export class RunPathCache {
  readonly #maxEntries: number;
  readonly #entries = new Map<string, Promise<RunPath[]>>();

  constructor(maxEntries = 8) {
    this.#maxEntries = maxEntries;
  }

  get(scheduleId: string, dataVersion: string, compute: () => Promise<RunPath[]>): Promise<RunPath[]> {
    const key = `${scheduleId}|${dataVersion}`;
    const cached = this.#entries.get(key);
    if (cached !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, cached);
      return cached;
    }
    const computing = compute();
    this.#entries.set(key, computing);
    computing.catch(() => {
      if (this.#entries.get(key) === computing) this.#entries.delete(key);
    });
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return computing;
  }
}
