import type { FleetCompliance } from '../../api/fleet-types.js';
import { daysBetween } from '../../dates/service-date.js';
import { el } from '../../dom/element.js';
import { pick, t } from '../../i18n/i18n.js';

interface Expiry {
  readonly who: string;
  readonly message: string;
  readonly until: string;
}

/** Every record of the fleet that lapses within the look-ahead window (30 days), soonest first. */
export function expiringList(fleet: FleetCompliance): HTMLElement {
  const items: Expiry[] = [
    ...fleet.vehicles.flatMap((v) => v.reasons.map((r) => ({ who: v.registrationNo, r }))),
    ...fleet.drivers.flatMap((d) => d.reasons.map((r) => ({ who: d.displayName, r }))),
  ]
    .filter(({ r }) => r.severity === 'expiring' && r.until !== undefined)
    .map(({ who, r }) => ({ who, message: pick(r.messageZh, r.messageEn), until: r.until ?? '' }))
    .sort((a, b) => a.until.localeCompare(b.until) || a.who.localeCompare(b.who));
  if (items.length === 0) return el('p', { class: 'muted', id: 'expiring-list' }, t('fleet.expiringNone'));
  return el('ul', { id: 'expiring-list', class: 'expiring-list' }, ...items.map((i) =>
    el('li', {}, el('strong', {}, i.who), ' — ', i.message, ' ', el('span', { class: 'muted' }, t('fleet.expiresOn', { date: i.until, days: daysBetween(fleet.date, i.until) })))));
}
