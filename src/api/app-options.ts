import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../db/tables/index.js';
import type { AnyEndpoint } from './endpoint/endpoint.js';
import type { RateLimits } from './http/rate-limiter.js';
import type { Lifecycle } from './system/lifecycle.js';
import type { WebPagesOptions } from './web-pages.js';

/** Size and rate limits of the API. */
export interface ApiLimits {
  /** Largest accepted JSON body, bytes. */
  readonly bodyBytes: number;
  readonly rate: RateLimits;
}

/** Defaults: 1 MiB bodies; per minute 1,200 requests per token (20/s sustained) and 120 per anonymous address. */
export const DEFAULT_LIMITS: ApiLimits = {
  bodyBytes: 1024 * 1024,
  rate: { windowMs: 60_000, perToken: 1_200, perAnonymous: 120 },
};

/** What `createApp` needs. */
export interface AppOptions {
  readonly db: Kysely<Database>;
  /** The county this app serves; tokens of other counties are rejected. */
  readonly countyId: number;
  /** Default: pino at `info` on stdout. */
  readonly logger?: Logger;
  /** Overrides of `DEFAULT_LIMITS` (merged one level deep). */
  readonly limits?: { readonly bodyBytes?: number; readonly rate?: Partial<RateLimits> };
  /** Parse each response with its schema and fail on a mismatch (tests turn this on). Default false. */
  readonly validateResponses?: boolean;
  /** Shared with `startServer` to signal draining. */
  readonly lifecycle?: Lifecycle;
  /** The endpoint table; default `API_ENDPOINTS`. Tests add rows here. */
  readonly endpoints?: readonly AnyEndpoint[];
  /** The web pages at `/` (src/web, built by `npm run build:web`); `false` serves the API alone. Default on, from `out/web`. */
  readonly web?: WebPagesOptions | false;
}

/** The limits after applying overrides. */
export function limitsOf(options: AppOptions): ApiLimits {
  return {
    bodyBytes: options.limits?.bodyBytes ?? DEFAULT_LIMITS.bodyBytes,
    rate: { ...DEFAULT_LIMITS.rate, ...options.limits?.rate },
  };
}
