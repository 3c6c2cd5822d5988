import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Database } from '../../db/tables/index.js';
import type { Role } from '../auth/request-auth.js';
import type { ComplianceCache } from '../cache/compliance-cache.js';
import type { PreparedBody } from '../cache/prepared-body.js';
import type { ResponseCache } from '../cache/response-cache.js';
import type { RunPathCache } from '../cache/run-path-cache.js';
import type { ScheduleCache } from '../cache/schedule-cache.js';
import type { ScheduleJobRunner } from '../jobs/schedule-job-runner.js';
import type { Scope } from '../auth/scope.js';
import type { ProblemCode } from '../http/problem.js';

/** HTTP methods an endpoint may use (HEAD is served with GET). */
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call an endpoint: anyone (`public`), or the listed roles (any other role gets 403). */
export type Access = 'public' | readonly Role[];

/** What a handler gets besides its parsed input. */
export interface HandlerContext {
  readonly db: Kysely<Database>;
  /** The county this server serves; every query filters by it. */
  readonly countyId: number;
  /** The caller's scope: use it for every object that belongs to a school or an operator. */
  readonly scope: Scope;
  readonly requestId: string;
  readonly logger: Logger;
  /** True while the server drains for shutdown. */
  readonly draining: boolean;
  /** The OpenAPI document of this app (built once, on first use). */
  openApiDocument(): object;
  /**
   * Prepared bodies of county data every caller sees alike (geography, schools), emptied after any
   * write through this server and when the audit log grows. Never key a scope-dependent body here.
   */
  readonly cache: ResponseCache;
  /** Compliance records and status bodies, reloaded after any write through this server (or 2 s). */
  readonly compliance: ComplianceCache;
  /** Loaded schedule versions by id (content never changes once stored). */
  readonly schedules: ScheduleCache;
  /** Road paths of versions' runs, by version and county data version. */
  readonly runPaths: RunPathCache;
  /** Background schedule generation and worker-thread validation. */
  readonly jobs: ScheduleJobRunner;
  /** `http(s)://host[:port]` as the caller reached the server (links inside exported files). */
  readonly origin: string;
  /** Sets a response header (e.g. `Location`, `Content-Disposition`). */
  setHeader(name: string, value: string): void;
}

/** Media types an endpoint may take its body in. */
export type BodyMediaType = 'application/json' | 'text/csv';

/** The parsed input of a request: path parameters, query and body, each the output of its schema. */
export interface EndpointInput<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  readonly params: z.output<P>;
  readonly query: z.output<Q>;
  readonly body: z.output<B>;
}

/**
 * One row of the endpoint table: route, access, schemas and handler. The same row drives the express
 * route, the input validation, the OpenAPI document, the docs page and the role-by-endpoint tests.
 */
export interface Endpoint<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  readonly method: HttpMethod;
  /** OpenAPI form, e.g. `/api/v1/places/{id}`. */
  readonly path: string;
  /** Unique, camelCase: `listPlaces`. */
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  /** Groups operations in the OpenAPI document and on /docs. */
  readonly tag: string;
  readonly access: Access;
  /** Path parameters: a zod object whose keys are the `{names}` of the path. */
  readonly params?: P;
  /** Query: a strict zod object (unknown keys are rejected). */
  readonly query?: Q;
  /** Body schema: requests must carry `bodyMediaType` (else 415). */
  readonly body?: B;
  /** Default `application/json`; `text/csv` bodies arrive as a string (imports). */
  readonly bodyMediaType?: BodyMediaType;
  readonly success: {
    readonly status: 200 | 201 | 202 | 204;
    readonly description: string;
    /** Default `application/json`; e.g. `application/geo+json`, `text/html`, `text/csv`. */
    readonly contentType?: string;
    readonly schema: R;
  };
  /** Problem codes the handler itself may answer with, beyond those implied by the row (for the docs). */
  readonly problems?: readonly ProblemCode[];
  /** Returns the body, or a `PreparedBody` already serialised from a value of the schema (cached responses). */
  handle(input: EndpointInput<P, Q, B>, ctx: HandlerContext): Promise<z.input<R> | PreparedBody>;
}

/** An endpoint of any schemas, as the table holds it. */
export type AnyEndpoint = Endpoint<z.ZodType, z.ZodType, z.ZodType, z.ZodType>;

/** Declares an endpoint with its types inferred from its schemas. */
export function defineEndpoint<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  endpoint: Endpoint<P, Q, B, R>,
): AnyEndpoint {
  return endpoint as unknown as AnyEndpoint;
}
