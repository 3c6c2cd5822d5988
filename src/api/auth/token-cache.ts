import type { RequestAuth } from './request-auth.js';

/** How long a token lookup is trusted and how many are kept. */
export interface TokenCacheOptions {
  /** Time a lookup (found, or unknown/revoked) is reused, ms; 0 turns the cache off. */
  readonly ttlMs: number;
  /** Most lookups kept; the oldest is dropped beyond. */
  readonly maxEntries: number;
  /** Clock, ms (tests replace it). */
  readonly now: () => number;
}

interface Entry {
  readonly lookup: Promise<RequestAuth | undefined>;
  readonly expiresAt: number;
}

/**
 * A short-lived cache of token lookups by secret hash, so a busy client costs one database query per
 * `ttlMs` instead of one per request. The price is stated in docs/api.md: a revoked token keeps
 * working for at most `ttlMs` in this process. Unknown secrets are cached too (bounded), so a client
 * retrying a bad token does not reach the database each time; a newly created token cannot be in the
 * cache, since its secret was never seen. Concurrent misses of one hash share one query.
 */
export class TokenCache {
  readonly #options: TokenCacheOptions;
  readonly #entries = new Map<string, Entry>();

  constructor(options: TokenCacheOptions) {
    this.#options = options;
  }

  /** The caller a secret hash belongs to, from the cache or from `load` (whose failures are not kept). */
  resolve(tokenHash: string, load: () => Promise<RequestAuth | undefined>): Promise<RequestAuth | undefined> {
    if (this.#options.ttlMs <= 0) return load();
    const now = this.#options.now();
    const hit = this.#entries.get(tokenHash);
    if (hit !== undefined && hit.expiresAt > now) return hit.lookup;
    if (hit !== undefined) this.#entries.delete(tokenHash);
    const lookup = load();
    const entry = { lookup, expiresAt: now + this.#options.ttlMs };
    this.#entries.set(tokenHash, entry);
    lookup.catch(() => {
      if (this.#entries.get(tokenHash) === entry) this.#entries.delete(tokenHash);
    });
    if (this.#entries.size > this.#options.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    return lookup;
  }

  /** Forgets every lookup (e.g. after revoking a token in this process). */
  clear(): void {
    this.#entries.clear();
  }
}
