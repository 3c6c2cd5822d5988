import type { RequestHandler } from 'express';
import type { AnyEndpoint } from '../endpoint/endpoint.js';
import { pathMatcher } from '../endpoint/path-pattern.js';
import { ApiProblem } from './api-problem.js';

/**
 * The last route: a path no endpoint has → 404 `not_found`; a known path with another method → 405
 * `method_not_allowed` with an `Allow` header (RFC 9110 §15.5.6).
 */
export function unmatchedRoute(endpoints: readonly AnyEndpoint[]): RequestHandler {
  const routes = endpoints.map((e) => ({ matches: pathMatcher(e.path), method: e.method.toUpperCase() }));
  return (req) => {
    const allowed = new Set(routes.filter((r) => r.matches(req.path)).map((r) => r.method));
    if (allowed.size === 0) throw new ApiProblem('not_found', `no endpoint at ${req.path.slice(0, 200)}`);
    if (allowed.has('GET')) allowed.add('HEAD');
    throw new ApiProblem('method_not_allowed', `${req.method} is not allowed here`, { headers: { Allow: [...allowed].sort().join(', ') } });
  };
}
