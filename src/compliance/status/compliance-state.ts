import type { Reason } from '../reasons/reason.js';

/** Where a vehicle or driver stands on a date. */
export type ComplianceState = 'compliant' | 'expiring' | 'non_compliant';

/** The state the reasons add up to: any blocking reason → non_compliant; else any expiring → expiring. */
export function stateOf(reasons: readonly Reason[]): ComplianceState {
  if (reasons.some((r) => r.severity === 'blocking')) return 'non_compliant';
  if (reasons.some((r) => r.severity === 'expiring')) return 'expiring';
  return 'compliant';
}
