import type { ChecklistItem, Rectification } from '../api/fleet-types.js';
import { el, table } from '../dom/element.js';
import { pick, t } from '../i18n/i18n.js';

/**
 * Open rectifications with their due dates, the earliest first; overdue ones marked. `registration` maps
 * a vehicle id to its number, `checklist` an item code to its label.
 */
export function rectificationTable(
  rectifications: readonly Rectification[], date: string,
  registration: ReadonlyMap<string, string>, checklist: ReadonlyMap<string, ChecklistItem>,
): HTMLElement {
  if (rectifications.length === 0) return el('p', { class: 'muted', id: 'rectification-table' }, t('fleet.rectificationsNone'));
  const rows = [...rectifications].sort((a, b) => a.dueOn.localeCompare(b.dueOn)).map((r) => {
    const item = checklist.get(r.itemCode);
    return [
      registration.get(r.vehicleId) ?? r.vehicleId,
      item === undefined ? r.itemCode : pick(item.labelZh, item.labelEn),
      el('span', { class: r.dueOn < date ? 'error' : undefined }, r.dueOn, r.dueOn < date ? ` (${t('fleet.overdue')})` : ''),
      r.note,
    ];
  });
  return table([t('fleet.registration'), t('fleet.item'), t('fleet.dueOn'), t('fleet.note')], rows, { id: 'rectification-table' });
}
