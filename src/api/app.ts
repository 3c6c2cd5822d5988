import express, { type Express } from 'express';
import helmet from 'helmet';
import { pino } from 'pino';
import { API_ENDPOINTS } from './api-endpoints.js';
import { cachePolicyOf, limitsOf, type AppOptions } from './app-options.js';
import { identify } from './auth/identify.js';
import { TokenCache } from './auth/token-cache.js';
import { ComplianceCache } from './cache/compliance-cache.js';
import { ResponseCache } from './cache/response-cache.js';
import { RunPathCache } from './cache/run-path-cache.js';
import { ScheduleCache } from './cache/schedule-cache.js';
import { mountEndpoint } from './endpoint/mount-endpoint.js';
import { openApiDocument } from './endpoint/openapi-document.js';
import { errorMiddleware } from './http/error-middleware.js';
import { ScheduleJobRunner } from './jobs/schedule-job-runner.js';
import { rateLimiter } from './http/rate-limiter.js';
import { requestId } from './http/request-id.js';
import { requestLogger } from './http/request-logger.js';
import { dataVersion } from './queries/data-version.js';
import { unmatchedRoute } from './http/unmatched-route.js';
import { newLifecycle } from './system/lifecycle.js';
import { webPages } from './web-pages.js';

/** Version of the API (the `/api/v1` prefix changes only with a breaking change). */
export const API_VERSION = '1.0.0';

/** The default logger: JSON lines on stdout, with any Authorization header redacted should one be logged. */
export function defaultLogger() {
  return pino({ level: process.env['LOG_LEVEL'] ?? 'info', redact: ['req.headers.authorization', 'headers.authorization', 'authorization'] });
}

/**
 * The HTTP API as an express app, without `listen` (tests drive it on an ephemeral port; `startServer`
 * serves it). Order: request id, security headers, request log, token identification (through a
 * few seconds' token cache), the web pages (src/api/web-pages.ts; not rate limited), rate limit, the
 * endpoint table (the pages' session lookup is its `GET /api/v1/me`), 404/405, the one error middleware.
 */
export function createApp(options: AppOptions): Express {
  const logger = options.logger ?? defaultLogger();
  const limits = limitsOf(options);
  const lifecycle = options.lifecycle ?? newLifecycle();
  const endpoints = options.endpoints ?? API_ENDPOINTS;
  const policy = cachePolicyOf(options);
  const tokens = new TokenCache({ ttlMs: policy.tokenTtlMs, maxEntries: 10_000, now: policy.now });
  const cache = new ResponseCache(() => dataVersion(options.db, options.countyId), { maxEntries: 512, probeEveryMs: policy.countyDataProbeMs, now: policy.now });
  const compliance = new ComplianceCache({ ttlMs: policy.complianceTtlMs, maxBodies: 256, now: policy.now });
  const jobs = options.jobs ?? new ScheduleJobRunner({ db: options.db, countyId: options.countyId, logger });
  const schedules = new ScheduleCache();
  const runPaths = new RunPathCache();
  let document: object | undefined;

  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(requestId());
  // Over plain HTTP (a LAN) `upgrade-insecure-requests` would send the pages' scripts to an HTTPS port nobody serves.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: options.behindTls === true ? [] : null } } }));
  app.use(requestLogger(logger));
  app.use((_req, res, next) => {
    if (lifecycle.draining) res.setHeader('Connection', 'close');
    next();
  });
  app.use(identify(options.db, options.countyId, logger, tokens));
  if (options.web !== false) app.use(webPages(options.web));
  app.use(rateLimiter(limits.rate));

  const router = express.Router();
  const deps = {
    db: options.db, countyId: options.countyId, logger, bodyLimitBytes: limits.bodyBytes, csvBodyLimitBytes: limits.csvBodyBytes, lifecycle, cache, compliance, schedules, runPaths, jobs,
    validateResponses: options.validateResponses ?? false,
    openApiDocument: () => (document ??= openApiDocument(endpoints, API_VERSION)),
  };
  for (const endpoint of endpoints) mountEndpoint(router, endpoint, deps);
  app.use(router);
  app.use(unmatchedRoute(endpoints));
  app.use(errorMiddleware(logger));
  return app;
}
