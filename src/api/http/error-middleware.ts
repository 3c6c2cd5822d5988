import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import { PlateRefused } from '../../compliance/index.js';
import { DomainError, type ErrorCode } from '../../domain/errors.js';
import { ApiProblem } from './api-problem.js';
import { requestIdOf } from './locals.js';
import { problemOf, sendProblem, type Problem, type ProblemCode } from './problem.js';

/** Domain error codes → problem codes; `invalid_input` is 400 and `unreachable` 422 (see docs/api.md). */
const DOMAIN_CODES: Readonly<Record<ErrorCode, ProblemCode>> = {
  invalid_input: 'invalid_input',
  not_found: 'not_found',
  conflict: 'conflict',
  forbidden: 'forbidden',
  unreachable: 'unreachable',
};

/** body-parser / router error types → problem codes. */
const HTTP_ERROR_TYPES: Readonly<Record<string, ProblemCode>> = {
  'entity.parse.failed': 'malformed_json',
  'entity.too.large': 'payload_too_large',
  'encoding.unsupported': 'unsupported_media_type',
  'charset.unsupported': 'unsupported_media_type',
};

interface HttpishError {
  status?: unknown;
  type?: unknown;
}

/** A 4xx error raised by express or body-parser (malformed percent-encoding, bad JSON, too large). */
function httpProblem(error: unknown, requestId: string): Problem | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const { status, type } = error as HttpishError;
  if (typeof status !== 'number' || status < 400 || status > 499) return undefined;
  const code = (typeof type === 'string' ? HTTP_ERROR_TYPES[type] : undefined) ?? (status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : 'invalid_input');
  const detail = code === 'malformed_json' ? 'the body could not be parsed as JSON'
    : code === 'payload_too_large' ? 'the body exceeds the size limit'
    : error instanceof URIError ? 'the path contains malformed percent-encoding' : 'the request could not be read';
  return problemOf(code, detail, requestId);
}

/** Maps any error to a problem, or undefined when it is unexpected (an internal error). */
export function problemFor(error: unknown, requestId: string): { problem: Problem; headers: Record<string, string> } | undefined {
  if (error instanceof ApiProblem) return { problem: problemOf(error.code, error.message, requestId, error.errors), headers: { ...error.headers } };
  if (error instanceof PlateRefused) {
    // Every reason the plate was refused, by its stable code, in both languages.
    const errors = error.reasons.map((r) => ({ path: '', code: r.code, message: `${r.messageEn} / ${r.messageZh}` }));
    return { problem: problemOf('conflict', error.message, requestId, errors), headers: {} };
  }
  if (error instanceof DomainError) {
    const errors = error.details.map((d) => ({ path: d.field ?? '', message: d.message, ...(d.row === undefined ? {} : { row: d.row }) }));
    return { problem: problemOf(DOMAIN_CODES[error.code], error.message, requestId, errors), headers: {} };
  }
  if (error instanceof ZodError) {
    const errors = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    return { problem: problemOf('invalid_input', 'the request does not match its schema', requestId, errors), headers: {} };
  }
  const http = httpProblem(error, requestId);
  return http === undefined ? undefined : { problem: http, headers: {} };
}

/**
 * The one error middleware: every error becomes `application/problem+json` with a stable `code`.
 * Unexpected errors are logged with the request id and answered with a 500 that reveals nothing.
 */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const requestId = requestIdOf(res);
    const mapped = problemFor(error, requestId);
    if (mapped === undefined) {
      logger.error({ err: error, requestId }, 'unexpected error');
      sendProblem(res, problemOf('internal', 'an unexpected error occurred; quote the request id when reporting it', requestId));
      return;
    }
    for (const [name, value] of Object.entries(mapped.headers)) res.setHeader(name, value);
    sendProblem(res, mapped.problem);
  };
}
