import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/tables/index.js';
import { Scope } from '../auth/scope.js';
import { ApiProblem } from '../http/api-problem.js';
import { authOf, requestIdOf } from '../http/locals.js';
import { authorize } from './authorize.js';
import type { AnyEndpoint, HandlerContext } from './endpoint.js';
import { parseInput } from './parse-input.js';
import { toExpressPath } from './path-pattern.js';
import type { Lifecycle } from '../system/lifecycle.js';

/** What every endpoint shares: the database, the county, limits and the document builder. */
export interface MountDeps {
  readonly db: Kysely<Database>;
  readonly countyId: number;
  readonly logger: Logger;
  /** Largest accepted JSON body in bytes. */
  readonly bodyLimitBytes: number;
  /** Parse every response with its schema and fail loudly on a mismatch (on in tests). */
  readonly validateResponses: boolean;
  readonly lifecycle: Lifecycle;
  openApiDocument(): object;
}

const JSON_TYPES = ['application/json', 'application/*+json'];

/** 415 unless the request carries a JSON body; body-less writes are refused too. */
const requireJson: RequestHandler = (req, _res, next) => {
  if (req.is(JSON_TYPES) === false || req.is(JSON_TYPES) === null) {
    throw new ApiProblem('unsupported_media_type', 'send the body as application/json');
  }
  next();
};

function contextFor(deps: MountDeps, res: Response): HandlerContext {
  return {
    db: deps.db,
    countyId: deps.countyId,
    scope: new Scope(authOf(res)),
    requestId: requestIdOf(res),
    logger: deps.logger,
    draining: deps.lifecycle.draining,
    openApiDocument: deps.openApiDocument,
    setHeader: (name, value) => void res.setHeader(name, value),
  };
}

function send(endpoint: AnyEndpoint, res: Response, body: unknown): void {
  const { status, contentType = 'application/json' } = endpoint.success;
  res.status(status);
  if (status === 204) {
    res.end();
    return;
  }
  res.type(contentType);
  if (typeof body === 'string' || Buffer.isBuffer(body)) res.send(body);
  else res.send(JSON.stringify(body));
}

function handlerOf(endpoint: AnyEndpoint, deps: MountDeps): RequestHandler {
  return async (req: Request, res: Response) => {
    const input = parseInput(endpoint, req);
    const body = await endpoint.handle(input, contextFor(deps, res));
    if (deps.validateResponses) {
      const checked = endpoint.success.schema.safeParse(body);
      if (!checked.success) throw new Error(`${endpoint.operationId} answered outside its schema: ${checked.error.message}`);
    }
    send(endpoint, res, body);
  };
}

/**
 * Adds one endpoint to a router: access check (401/403), then for a body a media-type check (415) and
 * the size-limited JSON parser (400/413), then input parsing (400), the handler and the response.
 * Bodies are read only after the access check, so an anonymous caller never gets past 401.
 */
export function mountEndpoint(router: Router, endpoint: AnyEndpoint, deps: MountDeps): void {
  const chain: RequestHandler[] = [authorize(endpoint.access)];
  if (endpoint.body !== undefined) {
    chain.push(requireJson, express.json({ limit: deps.bodyLimitBytes, strict: true, type: JSON_TYPES }));
  }
  chain.push(handlerOf(endpoint, deps));
  router[endpoint.method](toExpressPath(endpoint.path), ...chain);
}
