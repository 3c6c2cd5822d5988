import type { County, ItemList, PlaceCollection, School } from '../../api/geography-types.js';
import { comingFriday, todayIn } from '../../dates/service-date.js';
import { el, replaceChildren } from '../../dom/element.js';
import { t } from '../../i18n/i18n.js';
import { countyMap } from '../../map/county-map.js';
import { placeIndex } from '../../schedule/run-layer.js';
import { scheduleApi } from '../../schedule/schedule-api.js';
import type { Page } from '../../shell/page-context.js';
import { closureSet } from './closure-set.js';
import { schedulePanel } from './schedule-panel.js';
import { scheduleView } from './schedule-view.js';

/**
 * The coordinator's map: the county layers with a legend, and beside it the weekend's schedule: generate
 * for chosen weather and closed sections (closed from a road's popup) with a progress bar, versions to show, validate, compare and publish; the shown version's runs on the
 * map, its unserved students and its dismissal timeline.
 */
export const coordinatorPage: Page = async (ctx) => {
  const mapBox = el('div', { class: 'county-map', id: 'county-map', role: 'region', 'aria-label': t('map.title') });
  const side = el('aside', { class: 'coordinator-side', id: 'schedule-panel' });
  replaceChildren(ctx.main, el('div', { class: 'coordinator' }, el('section', { class: 'map-column' }, mapBox), side));
  const closures = closureSet();
  const [map, county, places, schools] = await Promise.all([
    countyMap(mapBox, ctx.cached, ctx.signal, (f) => closures.action(f)),
    ctx.cached<County>('/api/v1/county'),
    ctx.cached<PlaceCollection>('/api/v1/places'),
    ctx.cached<ItemList<School>>('/api/v1/schools'),
  ]);
  const names = new Map(schools.items.map((s) => [s.id, s.nameZh]));
  closures.attach(map.map);
  const view = scheduleView({ map, places: placeIndex(places), schoolName: (id) => names.get(id) ?? id, paths: (id) => scheduleApi.paths(ctx.api, id) });
  replaceChildren(side, schedulePanel(ctx.api, view, closures, comingFriday(todayIn(county.timeZone)), ctx.signal));
};
