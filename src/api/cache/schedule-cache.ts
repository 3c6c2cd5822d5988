import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables/index.js';
import { loadSchedule, type Schedule } from '../../scheduling/index.js';

/**
 * Loaded schedule versions by id. A version's content (runs, stops, assignments) never changes after
 * it is stored (only its status does, and the status is read from its header each time), so entries
 * need no invalidation; the cache only bounds memory (the least recently used version goes first).
 * Loading the Suichang weekend takes about half a second, serving it from here nothing.
 */
export class ScheduleCache {
  readonly #maxEntries: number;
  readonly #entries = new Map<string, Promise<Schedule>>();

  constructor(maxEntries = 8) {
    this.#maxEntries = maxEntries;
  }

  /** The content of a stored version (the caller has checked it is of its county). */
  get(db: Kysely<Database>, id: string): Promise<Schedule> {
    const cached = this.#entries.get(id);
    if (cached !== undefined) {
      this.#entries.delete(id);
      this.#entries.set(id, cached);
      return cached;
    }
    const loading = loadSchedule(db, id);
    this.#entries.set(id, loading);
    loading.catch(() => {
      if (this.#entries.get(id) === loading) this.#entries.delete(id);
    });
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return loading;
  }
}
