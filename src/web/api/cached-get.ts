import type { ApiClient } from './api-client.js';

/**
 * GETs that are cached for the life of the page (county geography: boundary, places, network, schools),
 * so switching language or page does not download the road network again. A failed call is not cached.
 */
export function cachedGet(api: ApiClient): <T>(path: string) => Promise<T> {
  const cache = new Map<string, Promise<unknown>>();
  return <T>(path: string): Promise<T> => {
    let hit = cache.get(path);
    if (hit === undefined) {
      hit = api.get<T>(path);
      cache.set(path, hit);
      hit.catch(() => cache.delete(path));
    }
    return hit as Promise<T>;
  };
}
