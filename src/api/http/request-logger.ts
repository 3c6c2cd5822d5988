import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { authOf, requestIdOf } from './locals.js';

/**
 * One structured log line per request when it ends: id, method, path, status, duration, and the token
 * id and role (never the token, never any header, never the query string, which may carry ids of
 * students).
 */
export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    let logged = false;
    const log = (): void => {
      if (logged) return;
      logged = true;
      const auth = authOf(res);
      const durationMs = Number(process.hrtime.bigint() - start) / 1e6;
      logger.info({
        requestId: requestIdOf(res), method: req.method, path: req.path.slice(0, 200), status: res.statusCode,
        durationMs: Math.round(durationMs * 10) / 10, tokenId: auth?.tokenId, role: auth?.role, aborted: !res.writableFinished,
      }, 'request');
    };
    res.on('finish', log);
    res.on('close', log);
    next();
  };
}
