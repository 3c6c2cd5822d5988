import type { ProblemCode, ProblemItem } from './problem.js';

/**
 * An HTTP-level failure that has no domain meaning (no token, wrong media type, service not ready).
 * Services throw domain errors instead; only the API's own middleware and system endpoints throw this.
 */
export class ApiProblem extends Error {
  readonly code: ProblemCode;
  readonly errors: readonly ProblemItem[];
  /** Extra response headers, e.g. `WWW-Authenticate` or `Allow`. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(code: ProblemCode, detail: string, options: { errors?: readonly ProblemItem[]; headers?: Record<string, string> } = {}) {
    super(detail);
    this.name = 'ApiProblem';
    this.code = code;
    this.errors = options.errors ?? [];
    this.headers = options.headers ?? {};
  }
}
