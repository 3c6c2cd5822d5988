import { Conflict } from '../../domain/errors.js';
import type { Reason } from '../reasons/reason.js';

/** A plate was refused (issue, renewal or reinstatement): a `Conflict` carrying every reason, each also as a detail. */
export class PlateRefused extends Conflict {
  readonly reasons: readonly Reason[];

  constructor(action: string, reasons: readonly Reason[]) {
    super(
      `compliance: plate ${action} refused: ${reasons.map((r) => r.code).join(', ')}`,
      reasons.map((r) => ({ field: r.code, message: `${r.messageEn} / ${r.messageZh}` })),
    );
    this.reasons = reasons;
  }
}
