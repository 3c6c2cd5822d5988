import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { setRequestId } from './locals.js';

/** An incoming `X-Request-Id` is kept only when it is short and plain (it ends up in logs). */
const ACCEPTED = /^[A-Za-z0-9._:-]{1,128}$/;

/** Gives every request an id: the caller's `X-Request-Id` when acceptable, else a UUID; echoed in the response. */
export function requestId(): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get('x-request-id');
    const id = incoming !== undefined && ACCEPTED.test(incoming) ? incoming : randomUUID();
    setRequestId(res, id);
    res.setHeader('X-Request-Id', id);
    next();
  };
}
