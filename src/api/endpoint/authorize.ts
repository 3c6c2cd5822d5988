import type { RequestHandler } from 'express';
import { Forbidden } from '../../domain/errors.js';
import { ApiProblem } from '../http/api-problem.js';
import { authFailureOf, authOf } from '../http/locals.js';
import type { Access } from './endpoint.js';

/** The realm named in `WWW-Authenticate`. */
const REALM = 'weekend-shuttle';

/**
 * The access check of an endpoint, before its input is read: no valid token → 401 with
 * `WWW-Authenticate: Bearer` (RFC 6750 §3); a role not in the endpoint's list → 403. Finer rules
 * (an object outside the scope → 404) are the handler's, through `Scope`.
 */
export function authorize(access: Access): RequestHandler {
  return (_req, res, next) => {
    if (access === 'public') return next();
    const auth = authOf(res);
    if (auth === undefined) {
      const failure = authFailureOf(res);
      const challenge = failure === undefined ? `Bearer realm="${REALM}"` : `Bearer realm="${REALM}", error="${failure}"`;
      const detail = failure === undefined ? 'send Authorization: Bearer <token>' : 'the bearer token is unknown, revoked or malformed';
      throw new ApiProblem('unauthorized', detail, { headers: { 'WWW-Authenticate': challenge } });
    }
    if (!access.includes(auth.role)) throw new Forbidden(`a ${auth.role} token may not use this endpoint`);
    next();
  };
}
