import type { ApiClient } from '../api/api-client.js';
import type { Session } from '../session/session-store.js';

/** What a page gets when it is opened. */
export interface PageContext {
  readonly api: ApiClient;
  /** GET cached for the life of the tab (geography, the school list). */
  readonly cached: <T>(path: string) => Promise<T>;
  readonly session: Session;
  /** The element the page fills. */
  readonly main: HTMLElement;
  /** The id in the location (`#/school/<id>`), if any. */
  readonly param: string | null;
  /** Aborted when the user leaves the page or switches language: stop polling, remove the map. */
  readonly signal: AbortSignal;
}

/** A page: fills `ctx.main`. Errors it throws are shown by the shell. */
export type Page = (ctx: PageContext) => Promise<void>;
