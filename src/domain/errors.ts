/**
 * The small typed error hierarchy shared by every layer. Services throw these; the API maps each
 * `code` to an HTTP status and a problem+json body, the CLI to an exit code. Infeasibility is never
 * an error: solvers and schedulers return it as a result.
 */
export type ErrorCode = 'invalid_input' | 'not_found' | 'conflict' | 'unreachable' | 'forbidden';

/** Base class: a stable machine-readable `code`, a human message, optional details. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: readonly ErrorDetail[];

  constructor(code: ErrorCode, message: string, details: readonly ErrorDetail[] = []) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.details = details;
  }
}

/** One precise complaint about an input: where (file row, field path) and what is wrong. */
export interface ErrorDetail {
  /** File name, when the input came from a file. */
  readonly file?: string;
  /** 1-based data row in a file (header excluded), or feature index in a GeoJSON collection. */
  readonly row?: number;
  /** Field or JSON path, e.g. `approvedCapacity` or `properties.lengthM`. */
  readonly field?: string;
  readonly message: string;
}

/** The input does not satisfy its schema or a rule that can be checked from the input alone. */
export class InvalidInput extends DomainError {
  constructor(message: string, details: readonly ErrorDetail[] = []) {
    super('invalid_input', message, details);
  }
}

/** The object does not exist, or lies outside the caller's scope (never say which). */
export class NotFound extends DomainError {
  constructor(message: string) {
    super('not_found', message);
  }
}

/** The request is valid but collides with the current state (a duplicate, a wrong status). */
export class Conflict extends DomainError {
  constructor(message: string, details: readonly ErrorDetail[] = []) {
    super('conflict', message, details);
  }
}

/** A place cannot be reached on the network under the given conditions. */
export class Unreachable extends DomainError {
  constructor(message: string, details: readonly ErrorDetail[] = []) {
    super('unreachable', message, details);
  }
}

/** The caller may not do this. */
export class Forbidden extends DomainError {
  constructor(message: string) {
    super('forbidden', message);
  }
}
