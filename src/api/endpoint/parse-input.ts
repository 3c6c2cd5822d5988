import type { Request } from 'express';
import type { z } from 'zod';
import { InvalidInput, type ErrorDetail } from '../../domain/errors.js';
import type { AnyEndpoint, EndpointInput } from './endpoint.js';

type Part = 'params' | 'query' | 'body';

function issuesOf(part: Part, error: z.ZodError): ErrorDetail[] {
  return error.issues.slice(0, 50).map((issue) => ({
    field: [part, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

/**
 * Parses a request's path parameters, query and body with the endpoint's schemas. All three are
 * checked before any complaint is raised, so one `invalid_input` lists every problem. A part without a
 * schema must be empty: a query on an endpoint that takes none is rejected too.
 */
export function parseInput(endpoint: AnyEndpoint, req: Request): EndpointInput<z.ZodType, z.ZodType, z.ZodType> {
  const details: ErrorDetail[] = [];
  const parse = (part: Part, schema: z.ZodType | undefined, value: unknown): unknown => {
    if (schema === undefined) {
      const keys = value !== null && typeof value === 'object' ? Object.keys(value) : [];
      for (const key of keys) details.push({ field: `${part}.${key}`, message: 'unknown parameter' });
      return {};
    }
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    details.push(...issuesOf(part, result.error));
    return undefined;
  };
  const params = parse('params', endpoint.params, { ...req.params });
  const query = parse('query', endpoint.query, { ...(req.query as Record<string, unknown>) });
  const body = endpoint.body === undefined ? undefined : parse('body', endpoint.body, req.body);
  if (details.length > 0) throw new InvalidInput('the request does not match its schema', details);
  return { params, query, body };
}
