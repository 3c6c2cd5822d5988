import type { Kysely } from 'kysely';
import type { Database } from '../../db/tables/index.js';
import { loadSchedule, type Schedule } from '../../scheduling/index.js';
import { PromiseLru } from './promise-lru.js';

/**
 * Loaded schedule versions by id. A version's content (runs, stops, assignments) never changes after
 * it is stored (only its status does, and the status is read from its header each time), so entries
 * need no invalidation; the cache only bounds memory (the least recently used version goes first).
 * Loading the Suichang weekend takes about half a second, serving it from here nothing.
 */
export class ScheduleCache {
  readonly #entries: PromiseLru<Schedule>;

  constructor(maxEntries = 8) {
    this.#entries = new PromiseLru(maxEntries);
  }

  /** The content of a stored version (the caller has checked it is of its county). */
  get(db: Kysely<Database>, id: string): Promise<Schedule> {
    return this.#entries.get(id, () => loadSchedule(db, id));
  }
}
