import { el } from '../dom/element.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import type { Schedule } from './schedule-types.js';

/**
 * Unserved students grouped by school, direction and reason (a schedule lists every one, never drops
 * them), and how many more vehicles of which size would serve them.
 */
export function unservedList(schedule: Schedule, schoolName: (id: string) => string): HTMLElement {
  if (schedule.unserved.length === 0) return el('p', { class: 'notice ok', id: 'unserved' }, t('schedule.unservedNone'));
  const groups = new Map<string, { schoolId: string; direction: string; reasonCode: string; count: number }>();
  for (const u of schedule.unserved) {
    const key = `${u.schoolId}|${u.direction}|${u.reasonCode}`;
    const g = groups.get(key) ?? { schoolId: u.schoolId, direction: u.direction, reasonCode: u.reasonCode, count: 0 };
    g.count += 1;
    groups.set(key, g);
  }
  return el('div', { id: 'unserved', class: 'notice error' },
    el('ul', {}, ...[...groups.values()].sort((a, b) => b.count - a.count).map((g) => el('li', { 'data-school': g.schoolId, 'data-reason': g.reasonCode },
      t('schedule.unservedRow', { school: `${schoolName(g.schoolId)} · ${t(`direction.${g.direction}` as MessageKey)}`, count: g.count, reason: t(`unserved.${g.reasonCode}` as MessageKey) })))),
    ...schedule.vehiclesNeeded.map((n) => el('p', {}, t('schedule.vehiclesNeeded', { count: n.count, capacity: n.capacity, kind: t(`kind.${n.kind}`) }))));
}
