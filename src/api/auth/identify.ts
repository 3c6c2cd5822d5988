import type { RequestHandler } from 'express';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/tables/index.js';
import { setAuth } from '../http/locals.js';
import { findActiveToken, touchApiToken } from './api-token-store.js';
import type { TokenCache } from './token-cache.js';
import { hashTokenSecret, isWellFormedSecret } from './token-secret.js';

/** `last_used_at` is written at most once per token per this many milliseconds (cheap on a busy token). */
const TOUCH_INTERVAL_MS = 60_000;

const BEARER = /^Bearer ([^\s]+)$/i;

/** Why a presented `Authorization` header was not accepted; shown in `WWW-Authenticate` (RFC 6750 §3.1). */
export type AuthFailure = 'invalid_request' | 'invalid_token';

/**
 * Resolves the bearer token of a request into `res.locals.auth`, or records why it was rejected. It
 * never answers the request itself: public endpoints ignore a bad token, the others answer 401.
 * A token of another county is treated as unknown. Lookups go through `tokens` (a few seconds' cache).
 */
export function identify(db: Kysely<Database>, countyId: number, logger: Logger, tokens: TokenCache): RequestHandler {
  const lastTouch = new Map<string, number>();
  return async (req, res, next) => {
    const header = req.headers.authorization;
    if (header === undefined) return next();
    const match = BEARER.exec(header);
    const secret = match?.[1];
    if (secret === undefined) {
      setAuth(res, undefined, 'invalid_request');
      return next();
    }
    if (!isWellFormedSecret(secret)) {
      setAuth(res, undefined, 'invalid_token');
      return next();
    }
    const hash = hashTokenSecret(secret);
    const auth = await tokens.resolve(hash, () => findActiveToken(db, hash));
    if (auth === undefined || auth.countyId !== countyId) {
      setAuth(res, undefined, 'invalid_token');
      return next();
    }
    setAuth(res, auth);
    const now = Date.now();
    if (now - (lastTouch.get(auth.tokenId) ?? 0) >= TOUCH_INTERVAL_MS) {
      lastTouch.set(auth.tokenId, now);
      // Bookkeeping only: a failed write must not fail the request.
      await touchApiToken(db, auth.tokenId, new Date(now)).catch((error: unknown) => logger.warn({ err: error, tokenId: auth.tokenId }, 'could not record token use'));
    }
    next();
  };
}
