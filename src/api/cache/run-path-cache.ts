import type { RunPath } from '../../scheduling/index.js';
import { PromiseLru } from './promise-lru.js';

/**
 * The paths of a version's runs, county-wide, by version id and county data version: a road closed or
 * reopened since (an audited change) gives new paths, an unchanged county serves them from memory
 * (expanding a Suichang weekend's legs takes about a second in a worker). Bounded: the least recently
 * used entry goes first. Callers cut the runs to their audience.
 */
export class RunPathCache {
  readonly #entries: PromiseLru<RunPath[]>;

  constructor(maxEntries = 8) {
    this.#entries = new PromiseLru(maxEntries);
  }

  get(scheduleId: string, dataVersion: string, compute: () => Promise<RunPath[]>): Promise<RunPath[]> {
    return this.#entries.get(`${scheduleId}|${dataVersion}`, compute);
  }
}
