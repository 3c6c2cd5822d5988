import type { IsoDate } from '../../domain/calendar.js';
import type { Inspection, Rectification } from '../../domain/compliance-records.js';
import { reason, type Reason } from '../reasons/reason.js';

/**
 * Whether a rectification is open on a date: ordered by an inspection on or before the date, and not
 * closed by then (a rectification closed later was still open on the date).
 */
export function isOpenOn(r: Rectification, orderedOn: IsoDate | undefined, date: IsoDate): boolean {
  if (orderedOn !== undefined && orderedOn > date) return false;
  return r.status === 'open' || (r.closedOn !== null && r.closedOn > date);
}

/**
 * Reasons from a vehicle's rectifications on a date: each open one blocks (校车安全管理条例 ch. 3:
 * 不符合安全技术条件的校车，应当停运维修 — a school bus that fails the safety conditions stops until repaired); past its due
 * date it is `rectification_overdue`.
 */
export function rectificationReasons(
  rectifications: readonly Rectification[],
  inspectionsById: ReadonlyMap<string, Inspection>,
  date: IsoDate,
): Reason[] {
  const out: Reason[] = [];
  for (const r of rectifications) {
    const orderedOn = inspectionsById.get(r.inspectionId)?.inspectedOn;
    if (!isOpenOn(r, orderedOn, date)) continue;
    const code = date > r.dueOn ? 'rectification_overdue' : 'rectification_open';
    out.push(reason(code, { ...(orderedOn === undefined ? {} : { since: orderedOn }), until: r.dueOn, recordId: r.id, detail: r.itemCode }));
  }
  return out;
}
