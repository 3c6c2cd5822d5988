import type { SchoolWindow } from '../../api/geography-types.js';
import { el } from '../../dom/element.js';
import { t, type MessageKey } from '../../i18n/i18n.js';

function dayLabel(offset: number): string {
  return t(`day.${Math.max(-2, Math.min(3, offset))}` as MessageKey);
}

/**
 * The school's dismissal windows (Friday, 错时放学) and Sunday return deadlines, preferred first. For a
 * return window the `latest` time is the deadline for being back at school.
 */
export function schoolWindows(windows: readonly SchoolWindow[]): HTMLElement {
  if (windows.length === 0) return el('p', { class: 'muted' }, t('school.noWindows'));
  // Dismissal (home) first, then the return deadline; each with the preferred window before alternatives.
  const sorted = [...windows].sort((a, b) => a.direction.localeCompare(b.direction) || a.preference - b.preference);
  return el('dl', { class: 'school-windows', id: 'school-windows' }, ...sorted.flatMap((w) => [
    el('dt', {}, t(w.direction === 'home' ? 'school.dismissal' : 'school.deadline', { day: dayLabel(w.dayOffset) }),
      w.preference > 1 ? el('span', { class: 'muted' }, ` (${t('school.alternative')})`) : null),
    el('dd', { 'data-direction': w.direction }, w.direction === 'home' ? t('school.windowRange', { earliest: w.earliest, latest: w.latest }) : w.latest),
  ]));
}
