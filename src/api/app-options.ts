import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../db/tables/index.js';
import type { AnyEndpoint } from './endpoint/endpoint.js';
import type { ScheduleJobRunner } from './jobs/schedule-job-runner.js';
import type { RateLimits } from './http/rate-limiter.js';
import type { Lifecycle } from './system/lifecycle.js';
import type { WebPagesOptions } from './web-pages.js';

/** Size and rate limits of the API. */
export interface ApiLimits {
  /** Largest accepted JSON body, bytes. */
  readonly bodyBytes: number;
  /** Largest accepted CSV body (imports), bytes. */
  readonly csvBodyBytes: number;
  readonly rate: RateLimits;
}

/** Defaults: 1 MiB JSON and 8 MiB CSV bodies; per minute 1,200 requests per token (20/s sustained) and 120 per anonymous address. */
export const DEFAULT_LIMITS: ApiLimits = {
  bodyBytes: 1024 * 1024,
  csvBodyBytes: 8 * 1024 * 1024,
  rate: { windowMs: 60_000, perToken: 1_200, perAnonymous: 120 },
};

/** How long cached answers are trusted. */
export interface CachePolicy {
  /** A token lookup (and so a revocation) is reused this long, ms; 0 turns the token cache off. */
  readonly tokenTtlMs: number;
  /** The county-data cache (geography, schools) asks whether the audit log grew at most this often, ms. */
  readonly countyDataProbeMs: number;
  /** Compliance records are reused this long when no write went through this server, ms; 0 turns it off. */
  readonly complianceTtlMs: number;
  /** Clock, ms since the epoch (tests replace it). */
  readonly now: () => number;
}

/** Defaults: tokens trusted 5 s; county data checked every 10 s; compliance records reused 2 s. */
export const DEFAULT_CACHE_POLICY: CachePolicy = { tokenTtlMs: 5_000, countyDataProbeMs: 10_000, complianceTtlMs: 2_000, now: Date.now };

/** What `createApp` needs. */
export interface AppOptions {
  readonly db: Kysely<Database>;
  /** The county this app serves; tokens of other counties are rejected. */
  readonly countyId: number;
  /** Default: pino at `info` on stdout. */
  readonly logger?: Logger;
  /** Overrides of `DEFAULT_LIMITS` (merged one level deep). */
  readonly limits?: { readonly bodyBytes?: number; readonly csvBodyBytes?: number; readonly rate?: Partial<RateLimits> };
  /** Overrides of `DEFAULT_CACHE_POLICY`. */
  readonly cache?: Partial<CachePolicy>;
  /** Parse each response with its schema and fail on a mismatch (tests turn this on). Default false. */
  readonly validateResponses?: boolean;
  /** Shared with `startServer` to signal draining. */
  readonly lifecycle?: Lifecycle;
  /** The endpoint table; default `API_ENDPOINTS`. Tests add rows here. */
  readonly endpoints?: readonly AnyEndpoint[];
  /**
   * The schedule job runner (background generation, worker-thread validation). `startServer` makes one
   * and registers its shutdown; without one, the app makes its own (tests stop it with `jobs.shutdown`).
   */
  readonly jobs?: ScheduleJobRunner;
  /**
   * Served behind a TLS-terminating proxy (HTTPS): keep the CSP directive `upgrade-insecure-requests`.
   * Default false, so the pages load over plain HTTP on a LAN (the directive would make the browser
   * fetch every script over HTTPS, which a plain server does not answer).
   */
  readonly behindTls?: boolean;
  /** The web pages at `/` (src/web, built by `npm run build:web`); `false` serves the API alone. Default on, from `out/web`. */
  readonly web?: WebPagesOptions | false;
}

/** The limits after applying overrides. */
export function limitsOf(options: AppOptions): ApiLimits {
  return {
    bodyBytes: options.limits?.bodyBytes ?? DEFAULT_LIMITS.bodyBytes,
    csvBodyBytes: options.limits?.csvBodyBytes ?? DEFAULT_LIMITS.csvBodyBytes,
    rate: { ...DEFAULT_LIMITS.rate, ...options.limits?.rate },
  };
}

/** The cache policy after applying overrides. */
export function cachePolicyOf(options: AppOptions): CachePolicy {
  return { ...DEFAULT_CACHE_POLICY, ...options.cache };
}
