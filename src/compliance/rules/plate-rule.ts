import { addDays, daysBetween, type IsoDate } from '../../domain/calendar.js';
import type { Plate } from '../../domain/compliance-records.js';
import { reason, type Reason } from '../reasons/reason.js';

/** Whether a plate allows carrying students on a date: active and within its validity (both ends inclusive). */
export function plateAllowsOn(plate: Plate, date: IsoDate): boolean {
  return plate.status === 'active' && plate.validFrom <= date && date <= plate.validTo;
}

/** The plate that allows the vehicle on the date, the one valid longest when several do. */
export function currentPlate(plates: readonly Plate[], date: IsoDate): Plate | undefined {
  let best: Plate | undefined;
  for (const p of plates) if (plateAllowsOn(p, date) && (best === undefined || p.validTo > best.validTo)) best = p;
  return best;
}

/** Last day of unbroken active-plate cover from `plate` on (a renewal issued as a new plate chains on). */
function activeThrough(plates: readonly Plate[], plate: Plate): IsoDate {
  let end = plate.validTo;
  let extended = true;
  while (extended) {
    extended = false;
    for (const p of plates) {
      if (p.status === 'active' && p.validFrom <= addDays(end, 1) && p.validTo > end) {
        end = p.validTo;
        extended = true;
      }
    }
  }
  return end;
}

/** The latest plate that has started by the date (by validity start, then issue date). */
function latestStarted(plates: readonly Plate[], date: IsoDate): Plate | undefined {
  const started = plates.filter((p) => p.validFrom <= date);
  started.sort((a, b) => (a.validFrom === b.validFrom ? b.issuedOn.localeCompare(a.issuedOn) : b.validFrom.localeCompare(a.validFrom)));
  return started[0];
}

/**
 * Reasons from a vehicle's plates (校车标牌) on a date. 校车安全管理条例: 禁止使用未取得校车标牌的车辆提供校车服务
 * — no plate, no students. Suspension and revocation take effect at once, whatever the validity dates.
 */
export function plateReasons(plates: readonly Plate[], date: IsoDate, windowDays: number): Reason[] {
  const current = currentPlate(plates, date);
  if (current !== undefined) {
    const end = activeThrough(plates, current);
    return daysBetween(date, end) < windowDays ? [reason('plate_expiring', { since: addDays(end, 1), until: end, recordId: current.id })] : [];
  }
  const latest = latestStarted(plates, date);
  if (latest === undefined) {
    const upcoming = plates.filter((p) => p.status === 'active' && p.validFrom > date).sort((a, b) => a.validFrom.localeCompare(b.validFrom))[0];
    if (upcoming !== undefined) return [reason('plate_not_yet_valid', { since: upcoming.validFrom, recordId: upcoming.id, detail: upcoming.plateNo })];
    return [reason('plate_missing')];
  }
  if (latest.status === 'suspended') return [reason('plate_suspended', { recordId: latest.id, detail: latest.statusReason })];
  if (latest.status === 'revoked') return [reason('plate_revoked', { recordId: latest.id, detail: latest.statusReason })];
  return [reason('plate_expired', { since: addDays(latest.validTo, 1), until: latest.validTo, recordId: latest.id })];
}
