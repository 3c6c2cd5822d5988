import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/tables/index.js';
import { Scope } from '../auth/scope.js';
import { PreparedBody } from '../cache/prepared-body.js';
import type { ComplianceCache } from '../cache/compliance-cache.js';
import type { ResponseCache } from '../cache/response-cache.js';
import type { RunPathCache } from '../cache/run-path-cache.js';
import type { ScheduleCache } from '../cache/schedule-cache.js';
import type { ScheduleJobRunner } from '../jobs/schedule-job-runner.js';
import { ApiProblem } from '../http/api-problem.js';
import { authOf, requestIdOf } from '../http/locals.js';
import { authorize } from './authorize.js';
import type { AnyEndpoint, HandlerContext } from './endpoint.js';
import { parseInput } from './parse-input.js';
import { toExpressPath } from './path-pattern.js';
import type { Lifecycle } from '../system/lifecycle.js';

/** What every endpoint shares: the database, the county, limits, caches and the document builder. */
export interface MountDeps {
  readonly db: Kysely<Database>;
  readonly countyId: number;
  readonly logger: Logger;
  /** Largest accepted JSON body in bytes. */
  readonly bodyLimitBytes: number;
  /** Largest accepted CSV body in bytes. */
  readonly csvBodyLimitBytes: number;
  /** Parse every response with its schema and fail loudly on a mismatch (on in tests). */
  readonly validateResponses: boolean;
  readonly lifecycle: Lifecycle;
  readonly cache: ResponseCache;
  readonly compliance: ComplianceCache;
  readonly schedules: ScheduleCache;
  readonly runPaths: RunPathCache;
  readonly jobs: ScheduleJobRunner;
  openApiDocument(): object;
}

const JSON_TYPES = ['application/json', 'application/*+json'];
const CSV_TYPES = ['text/csv'];

/** 415 unless the request carries a body of one of the types; body-less writes are refused too. */
function requireMediaType(types: readonly string[], name: string): RequestHandler {
  return (req, _res, next) => {
    const matched = req.is([...types]);
    if (matched === false || matched === null) throw new ApiProblem('unsupported_media_type', `send the body as ${name}`);
    next();
  };
}

/** The origin the caller used; the Host header is checked by Node's parser, and only names links in the caller's own files. */
function originOf(req: Request): string {
  const host = req.get('host') ?? 'localhost';
  return `${req.protocol}://${/^[A-Za-z0-9.:[\]-]{1,255}$/.test(host) ? host : 'localhost'}`;
}

function contextFor(deps: MountDeps, req: Request, res: Response): HandlerContext {
  return {
    db: deps.db,
    countyId: deps.countyId,
    scope: new Scope(authOf(res)),
    requestId: requestIdOf(res),
    logger: deps.logger,
    draining: deps.lifecycle.draining,
    openApiDocument: deps.openApiDocument,
    cache: deps.cache,
    compliance: deps.compliance,
    schedules: deps.schedules,
    runPaths: deps.runPaths,
    jobs: deps.jobs,
    origin: originOf(req),
    setHeader: (name, value) => void res.setHeader(name, value),
  };
}

/** Sends a prepared body: its ETag (so `If-None-Match` gets 304 from express), gzipped when the client accepts it. */
function sendPrepared(req: Request, res: Response, body: PreparedBody): void {
  res.setHeader('ETag', body.etag);
  if (body.gzip !== undefined) {
    res.vary('Accept-Encoding');
    if (req.acceptsEncodings('gzip', 'identity') === 'gzip') {
      res.setHeader('Content-Encoding', 'gzip');
      res.send(body.gzip);
      return;
    }
  }
  res.send(body.json);
}

function send(endpoint: AnyEndpoint, req: Request, res: Response, body: unknown): void {
  const { status, contentType = 'application/json' } = endpoint.success;
  res.status(status);
  if (status === 204) {
    res.end();
    return;
  }
  res.type(contentType);
  if (body instanceof PreparedBody) sendPrepared(req, res, body);
  else if (typeof body === 'string' || Buffer.isBuffer(body)) res.send(body);
  else res.send(JSON.stringify(body));
}

/** Runs a handler; after a write (any method but GET), whatever its outcome, the caches are emptied. */
async function run(endpoint: AnyEndpoint, input: ReturnType<typeof parseInput>, ctx: HandlerContext, deps: MountDeps): Promise<unknown> {
  if (endpoint.method === 'get') return endpoint.handle(input, ctx);
  try {
    return await endpoint.handle(input, ctx);
  } finally {
    deps.compliance.invalidate();
    deps.cache.invalidate();
  }
}

function handlerOf(endpoint: AnyEndpoint, deps: MountDeps): RequestHandler {
  return async (req: Request, res: Response) => {
    const input = parseInput(endpoint, req);
    const body = await run(endpoint, input, contextFor(deps, req, res), deps);
    if (deps.validateResponses) {
      const value: unknown = body instanceof PreparedBody ? JSON.parse(body.json) : body;
      const checked = endpoint.success.schema.safeParse(value);
      if (!checked.success) throw new Error(`${endpoint.operationId} answered outside its schema: ${checked.error.message}`);
    }
    send(endpoint, req, res, body);
  };
}

/** The media-type check and the size-limited parser of an endpoint's body. */
function bodyReaders(endpoint: AnyEndpoint, deps: MountDeps): RequestHandler[] {
  if (endpoint.body === undefined) return [];
  if (endpoint.bodyMediaType === 'text/csv') {
    return [requireMediaType(CSV_TYPES, 'text/csv'), express.text({ limit: deps.csvBodyLimitBytes, type: CSV_TYPES, defaultCharset: 'utf-8' })];
  }
  return [requireMediaType(JSON_TYPES, 'application/json'), express.json({ limit: deps.bodyLimitBytes, strict: true, type: JSON_TYPES })];
}

/**
 * Adds one endpoint to a router: access check (401/403), then for a body a media-type check (415) and
 * the size-limited parser (400/413), then input parsing (400), the handler and the response.
 * Bodies are read only after the access check, so an anonymous caller never gets past 401.
 */
export function mountEndpoint(router: Router, endpoint: AnyEndpoint, deps: MountDeps): void {
  const chain: RequestHandler[] = [authorize(endpoint.access), ...bodyReaders(endpoint, deps), handlerOf(endpoint, deps)];
  router[endpoint.method](toExpressPath(endpoint.path), ...chain);
}
