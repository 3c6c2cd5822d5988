import type { IsoDate } from '../../domain/calendar.js';
import { REASON_CATALOGUE, type ReasonCode, type ReasonParams } from './reason-catalogue.js';

export type { ReasonCode, ReasonParams } from './reason-catalogue.js';

/**
 * How much a reason weighs: `blocking` keeps the vehicle or driver off the road on the date,
 * `expiring` means still valid but lapsing within the look-ahead window.
 */
export type Severity = 'blocking' | 'expiring';

/** One thing that stands between a vehicle or driver and the road, in both languages. */
export interface Reason {
  /** Stable machine code, e.g. `inspection_expired`. */
  readonly code: ReasonCode;
  readonly severity: Severity;
  readonly messageEn: string;
  readonly messageZh: string;
  /** First day the problem applies (for an `expiring` reason: the first day the record is no longer valid). */
  readonly since?: IsoDate;
  /** For an `expiring` reason the last day the record is still valid; for a blocking one, the last day the problem lasts when it ends by itself. */
  readonly until?: IsoDate;
  /** Id of the record concerned: inspection, rectification, policy, plate or driver. */
  readonly recordId?: string;
}

/** What a rule knows when it raises a reason. */
export interface ReasonInput extends ReasonParams {
  readonly since?: IsoDate;
  readonly until?: IsoDate;
  readonly recordId?: string;
}

/** Builds a reason with its severity and both messages from the catalogue. */
export function reason(code: ReasonCode, input: ReasonInput = {}): Reason {
  const entry = REASON_CATALOGUE[code];
  return {
    code,
    severity: entry.severity,
    messageEn: entry.en(input),
    messageZh: entry.zh(input),
    ...(input.since === undefined ? {} : { since: input.since }),
    ...(input.until === undefined ? {} : { until: input.until }),
    ...(input.recordId === undefined ? {} : { recordId: input.recordId }),
  };
}
