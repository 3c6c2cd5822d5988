import type { Reason } from '../api/fleet-types.js';
import { el } from '../dom/element.js';
import { pick, t } from '../i18n/i18n.js';

/** The reasons of a vehicle or driver in the page's language, blocking first; "none" when there are none. */
export function reasonList(reasons: readonly Reason[]): HTMLElement {
  if (reasons.length === 0) return el('span', { class: 'muted' }, t('common.none'));
  const sorted = [...reasons].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'blocking' ? -1 : 1));
  return el('ul', { class: 'reasons' }, ...sorted.map((r) =>
    el('li', { 'data-code': r.code, class: r.severity === 'blocking' ? 'error' : 'warn' }, pick(r.messageZh, r.messageEn))));
}
