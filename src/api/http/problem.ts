import type { Response } from 'express';
import { z } from 'zod';

/**
 * The stable machine-readable codes of API errors and the HTTP status each maps to. A client branches
 * on `code`, never on `title` or `detail`. The domain codes (`invalid_input`, `not_found`, `conflict`,
 * `unreachable`, `forbidden`) come from `src/domain/errors.ts`; the others are HTTP-level.
 */
export const PROBLEM_CODES = {
  invalid_input: { status: 400, title: 'The request is invalid' },
  malformed_json: { status: 400, title: 'The request body is not valid JSON' },
  unauthorized: { status: 401, title: 'A valid bearer token is required' },
  forbidden: { status: 403, title: 'This role may not use this endpoint' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'The request conflicts with the current state' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  unsupported_media_type: { status: 415, title: 'The request body must be application/json' },
  unreachable: { status: 422, title: 'A place cannot be reached on the network' },
  rate_limited: { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Internal error' },
  unavailable: { status: 503, title: 'The service is not ready' },
} as const satisfies Record<string, { status: number; title: string }>;

/** One of the stable problem codes. */
export type ProblemCode = keyof typeof PROBLEM_CODES;

/** Media type of every error response (RFC 9457). */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * One precise complaint about the request: a JSON-pointer-like path (`body.licenceClass`) and what is
 * wrong; for a CSV body the 1-based data `row` (header excluded) and the column as `path`; for a refused
 * plate the stable reason `code` (`inspection_expired`, …).
 */
export const ProblemItem = z.object({
  path: z.string().meta({ description: 'where: `params.id`, `query.page`, `body.licenceClass`, or a CSV column' }),
  message: z.string(),
  row: z.number().int().min(1).optional().meta({ description: 'CSV bodies: the 1-based data row (header excluded)' }),
  code: z.string().optional().meta({ description: 'a stable reason code, e.g. why a plate was refused' }),
});
export type ProblemItem = z.infer<typeof ProblemItem>;

/** An error response body, RFC 9457 problem details plus `code`, `errors` and `requestId`. */
export const Problem = z
  .object({
    type: z.string().meta({ description: 'URI reference naming the problem type (documented on /docs)' }),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    code: z.enum(Object.keys(PROBLEM_CODES) as [ProblemCode, ...ProblemCode[]]),
    errors: z.array(ProblemItem).optional(),
    requestId: z.string(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

/** Builds the problem body for a code. */
export function problemOf(code: ProblemCode, detail: string, requestId: string, errors?: readonly ProblemItem[]): Problem {
  const { status, title } = PROBLEM_CODES[code];
  return {
    type: `/docs#problem-${code}`,
    title,
    status,
    detail,
    code,
    ...(errors === undefined || errors.length === 0 ? {} : { errors: [...errors] }),
    requestId,
  };
}

/** Writes a problem response (status, media type, body). */
export function sendProblem(res: Response, problem: Problem): void {
  res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}
