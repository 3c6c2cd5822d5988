/**
 * A bounded map from text keys to pending or settled loads: a key asked again while its load runs gets
 * the same promise; a load that fails is forgotten (the next call tries again); past `maxEntries` the
 * least recently used entry goes first.
 */
export class PromiseLru<V> {
  readonly #maxEntries: number;
  readonly #entries = new Map<string, Promise<V>>();

  constructor(maxEntries: number) {
    this.#maxEntries = maxEntries;
  }

  get(key: string, load: () => Promise<V>): Promise<V> {
    const cached = this.#entries.get(key);
    if (cached !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, cached);
      return cached;
    }
    const loading = load();
    this.#entries.set(key, loading);
    loading.catch(() => {
      if (this.#entries.get(key) === loading) this.#entries.delete(key);
    });
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return loading;
  }
}
