import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { authOf, requestIdOf } from './locals.js';
import { problemOf, sendProblem } from './problem.js';

/** Requests allowed per window: per token when one is valid, per client address otherwise. */
export interface RateLimits {
  readonly windowMs: number;
  readonly perToken: number;
  readonly perAnonymous: number;
}

/** Paths never limited: orchestrators poll them. */
const UNLIMITED = new Set(['/health', '/ready']);

/**
 * Rate limiting keyed by token id (or client IP for requests without a valid token, so guessing
 * tokens is limited too); over the limit → 429 `rate_limited` with `RateLimit` and `Retry-After`
 * headers (IETF draft 8). Runs after token identification.
 */
export function rateLimiter(limits: RateLimits): RequestHandler {
  return rateLimit({
    windowMs: limits.windowMs,
    limit: (_req, res) => (authOf(res) === undefined ? limits.perAnonymous : limits.perToken),
    keyGenerator: (req, res) => {
      const auth = authOf(res);
      return auth === undefined ? `ip:${ipKeyGenerator(req.ip ?? 'unknown')}` : `token:${auth.tokenId}`;
    },
    skip: (req) => UNLIMITED.has(req.path),
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => sendProblem(res, problemOf('rate_limited', 'slow down and retry after the time in Retry-After', requestIdOf(res))),
  });
}
