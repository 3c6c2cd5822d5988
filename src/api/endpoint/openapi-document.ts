import { OpenAPIRegistry, OpenApiGeneratorV31, type ResponseConfig, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { ZodObject } from 'zod';
import { PROBLEM_CODES, PROBLEM_CONTENT_TYPE, Problem, type ProblemCode } from '../http/problem.js';
import { ROLES } from '../auth/request-auth.js';
import type { AnyEndpoint } from './endpoint.js';
import { pathParamNames } from './path-pattern.js';

/** Name of the bearer security scheme in the document. */
const BEARER = 'bearerToken';

/** The problem codes an endpoint can answer with, implied by its row plus those it declares. */
export function problemCodesOf(e: AnyEndpoint): ProblemCode[] {
  const codes = new Set<ProblemCode>(e.problems ?? []);
  if (e.params !== undefined || e.query !== undefined || e.body !== undefined) codes.add('invalid_input');
  if (e.access !== 'public') {
    codes.add('unauthorized');
    codes.add('rate_limited');
    if (ROLES.some((r) => !e.access.includes(r))) codes.add('forbidden');
  }
  if (pathParamNames(e.path).length > 0) codes.add('not_found');
  if (e.body !== undefined) ['malformed_json', 'payload_too_large', 'unsupported_media_type'].forEach((c) => codes.add(c as ProblemCode));
  return [...codes].sort((a, b) => PROBLEM_CODES[a].status - PROBLEM_CODES[b].status || a.localeCompare(b));
}

function responsesOf(e: AnyEndpoint): Record<string, ResponseConfig> {
  const responses: Record<string, ResponseConfig> = {
    [String(e.success.status)]: {
      description: e.success.description,
      ...(e.success.status === 204 ? {} : { content: { [e.success.contentType ?? 'application/json']: { schema: e.success.schema } } }),
    },
  };
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of problemCodesOf(e)) byStatus.set(PROBLEM_CODES[code].status, [...(byStatus.get(PROBLEM_CODES[code].status) ?? []), code]);
  for (const [status, codes] of byStatus) {
    responses[String(status)] = { description: `problem: ${codes.join(', ')}`, content: { [PROBLEM_CONTENT_TYPE]: { schema: Problem } } };
  }
  return responses;
}

function routeOf(e: AnyEndpoint): RouteConfig {
  return {
    method: e.method,
    path: e.path,
    operationId: e.operationId,
    summary: e.summary,
    ...(e.description === undefined ? {} : { description: e.description }),
    tags: [e.tag],
    security: e.access === 'public' ? [] : [{ [BEARER]: [] }],
    'x-roles': e.access === 'public' ? 'public' : [...e.access],
    request: {
      ...(e.params === undefined ? {} : { params: e.params as ZodObject }),
      ...(e.query === undefined ? {} : { query: e.query as ZodObject }),
      ...(e.body === undefined ? {} : { body: { required: true, content: { [e.bodyMediaType ?? 'application/json']: { schema: e.body } } } }),
    },
    responses: responsesOf(e),
  };
}

/** The OpenAPI 3.1 document of a set of endpoints, generated from their zod schemas. */
export function openApiDocument(endpoints: readonly AnyEndpoint[], version: string): object {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', BEARER, {
    type: 'http',
    scheme: 'bearer',
    description: 'A token from `npm run token -- create`, sent as `Authorization: Bearer wst_…`.',
  });
  for (const e of endpoints) registry.registerPath(routeOf(e));
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'weekend-shuttle API',
      version,
      description: 'Weekend student shuttles of a mountainous county: geography, schools, fleet, compliance (inspections, rectifications, plates, insurance), and (later) schedules. Errors are application/problem+json (RFC 9457) with a stable `code`.',
    },
  });
}
