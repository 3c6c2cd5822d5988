import { el, replaceChildren } from '../../dom/element.js';
import { t } from '../../i18n/i18n.js';
import { countyMap } from '../../map/county-map.js';
import type { Page } from '../../shell/page-context.js';

/**
 * The coordinator's map: the county layers and a legend. (The weekend schedule panel joins it when the
 * schedule endpoints exist.)
 */
export const coordinatorPage: Page = async (ctx) => {
  const mapBox = el('div', { class: 'county-map', id: 'county-map', role: 'region', 'aria-label': t('map.title') });
  const side = el('aside', { class: 'coordinator-side', id: 'schedule-panel' });
  replaceChildren(ctx.main, el('div', { class: 'coordinator' }, el('section', { class: 'map-column' }, mapBox), side));
  await countyMap(mapBox, ctx.cached, ctx.signal);
};
