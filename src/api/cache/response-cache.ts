import { PreparedBody } from './prepared-body.js';

/** Reads a token that changes whenever the cached data may have changed (e.g. the latest import's id). */
export type VersionProbe = () => Promise<string>;

/** How the cache bounds itself and how often it asks whether the data changed. */
export interface ResponseCacheOptions {
  /** Most bodies kept; the oldest is dropped beyond. */
  readonly maxEntries: number;
  /** Ask the probe at most this often, ms; 0 asks on every request. */
  readonly probeEveryMs: number;
  /** Clock, ms (tests replace it). */
  readonly now: () => number;
}

/**
 * An in-memory cache of prepared response bodies for data that every caller sees alike (the county's
 * geography). Never put a scope-dependent body in it: the key is not per caller.
 *
 * It empties itself when the version probe (the latest dataset import) changes, checked at most every
 * `probeEveryMs`, and on `invalidate()` (an import through this API). Concurrent misses of one key
 * share one build.
 */
export class ResponseCache {
  readonly #probe: VersionProbe;
  readonly #options: ResponseCacheOptions;
  readonly #entries = new Map<string, Promise<PreparedBody>>();
  #version: string | undefined;
  #probedAt = Number.NEGATIVE_INFINITY;
  #probing: Promise<void> | undefined;

  constructor(probe: VersionProbe, options: ResponseCacheOptions) {
    this.#probe = probe;
    this.#options = options;
  }

  /** Number of bodies held. */
  get size(): number {
    return this.#entries.size;
  }

  /** The body under `key`, built (and prepared) by `build` on a miss. A failed build is not kept. */
  async get(key: string, build: () => Promise<unknown>): Promise<PreparedBody> {
    if (this.#options.now() - this.#probedAt >= this.#options.probeEveryMs) await this.#revalidate();
    const cached = this.#entries.get(key);
    if (cached !== undefined) return cached;
    const entry = build().then((value) => new PreparedBody(value));
    this.#entries.set(key, entry);
    entry.catch(() => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    if (this.#entries.size > this.#options.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    return entry;
  }

  /** Drops every body (after an import through this process). */
  invalidate(): void {
    this.#entries.clear();
  }

  #revalidate(): Promise<void> {
    this.#probing ??= (async () => {
      try {
        const version = await this.#probe();
        if (this.#version !== undefined && version !== this.#version) this.invalidate();
        this.#version = version;
      } catch {
        // The database is unavailable: keep serving what is cached; the next probe retries.
      } finally {
        this.#probedAt = this.#options.now();
        this.#probing = undefined;
      }
    })();
    return this.#probing;
  }
}
