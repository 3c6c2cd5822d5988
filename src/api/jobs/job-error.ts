import { DomainError } from '../../domain/errors.js';

/** Why a job failed, as its row and `GET /api/v1/jobs/{id}` give it: a stable code, a detail, the fields at fault. */
export interface JobError {
  /** `invalid_input`, `unreachable`, … for a domain error; `internal` for a bug; `cancelled`, `interrupted`. */
  readonly code: string;
  readonly detail: string;
  readonly errors?: readonly { readonly path: string; readonly message: string }[];
}

/** The problem a failed job records. An unexpected error reveals nothing but that it happened (it is logged). */
export function jobErrorOf(error: unknown): JobError {
  if (error instanceof DomainError) {
    return { code: error.code, detail: error.message, errors: error.details.map((d) => ({ path: d.field ?? '', message: d.message })) };
  }
  return { code: 'internal', detail: 'schedule generation failed; the server log has the details' };
}
