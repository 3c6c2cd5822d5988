import type { ComplianceState } from '../api/fleet-types.js';
import { el } from '../dom/element.js';
import { t } from '../i18n/i18n.js';

/** A coloured label for a compliance state (text as well as colour, so it reads in print and for the colour-blind). */
export function stateBadge(state: ComplianceState): HTMLElement {
  return el('span', { class: `state state-${state}`, 'data-state': state }, t(`state.${state}`));
}
