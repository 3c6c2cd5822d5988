import type { StoredComplianceRecords } from '../../db/load-compliance-records.js';
import { PreparedBody } from './prepared-body.js';

/** How long loaded compliance records are trusted, and how many prepared bodies are kept. */
export interface ComplianceCacheOptions {
  /** Records are reloaded after this many ms even without a write through this process; 0 turns the cache off. */
  readonly ttlMs: number;
  /** Most prepared bodies kept per load of the records. */
  readonly maxBodies: number;
  /** Clock, ms. */
  readonly now: () => number;
}

interface Generation {
  readonly loadedAt: number;
  readonly records: Promise<StoredComplianceRecords>;
  readonly bodies: Map<string, Promise<PreparedBody>>;
}

/**
 * The county's compliance records (fleet, inspections, rectifications, insurance, plates) loaded once
 * and reused for `ttlMs`, with the status bodies computed from them. Every write through this server
 * calls `invalidate()` once it has finished (see `mountEndpoint`), so the next request reads the
 * database again: a suspension made here shows at once. Changes made by another process (a CLI on
 * the same PostgreSQL) show within `ttlMs`.
 *
 * A load that started before an invalidation is never reused after it: each invalidation starts a new
 * generation, and requests only join the current one.
 */
export class ComplianceCache {
  readonly #options: ComplianceCacheOptions;
  #current: Generation | undefined;

  constructor(options: ComplianceCacheOptions) {
    this.#options = options;
  }

  /** The records, loaded by `load` when there is no current, fresh generation. */
  records(load: () => Promise<StoredComplianceRecords>): Promise<StoredComplianceRecords> {
    return this.#generation(load).records;
  }

  /** A body computed from the current records by `build`, prepared once per generation and key. */
  body(key: string, load: () => Promise<StoredComplianceRecords>, build: (records: StoredComplianceRecords) => unknown): Promise<PreparedBody> {
    const generation = this.#generation(load);
    const cached = generation.bodies.get(key);
    if (cached !== undefined) return cached;
    const entry = generation.records.then((records) => new PreparedBody(build(records)));
    entry.catch(() => generation.bodies.delete(key));
    if (generation.bodies.size >= this.#options.maxBodies) generation.bodies.clear();
    generation.bodies.set(key, entry);
    return entry;
  }

  /** Forgets the records and bodies: the next request reads the database. */
  invalidate(): void {
    this.#current = undefined;
  }

  #generation(load: () => Promise<StoredComplianceRecords>): Generation {
    const now = this.#options.now();
    const current = this.#current;
    if (current !== undefined && now - current.loadedAt < this.#options.ttlMs) return current;
    const generation: Generation = { loadedAt: now, records: load(), bodies: new Map() };
    generation.records.catch(() => {
      if (this.#current === generation) this.#current = undefined;
    });
    this.#current = this.#options.ttlMs > 0 ? generation : undefined;
    return generation;
  }
}
