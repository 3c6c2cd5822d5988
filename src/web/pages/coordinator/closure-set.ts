import type { LayerGroup, Map as LeafletMap } from 'leaflet';
import type { NetworkFeature } from '../../api/geography-types.js';
import { el, replaceChildren } from '../../dom/element.js';
import { t } from '../../i18n/i18n.js';
import { L } from '../../map/leaflet-global.js';
import { CLOSURE_STYLE } from '../../map/map-style.js';

/** Road or waterway sections the coordinator closes for the weekend to plan (a landslide warning, works). */
export interface ClosureSet {
  /** Ids of the closed sections, in the order they were closed. */
  ids(): string[];
  /** The popup control: a button that closes or reopens the section. */
  action(f: NetworkFeature): HTMLElement;
  /** The list shown in the schedule form, with a button to reopen each. */
  readonly list: HTMLElement;
  /** Draws the closed sections on a map. */
  attach(map: LeafletMap): void;
}

/** An empty set of closures for the coordinator's page. */
export function closureSet(): ClosureSet {
  const closed = new Map<string, NetworkFeature>();
  const layer: LayerGroup = L.layerGroup();
  const list = el('ul', { class: 'closures', id: 'closures' });
  const redraw = (): void => {
    layer.clearLayers();
    for (const f of closed.values()) {
      L.polyline(f.geometry.coordinates.map(([lon, lat]) => L.latLng(lat ?? 0, lon ?? 0)), { ...CLOSURE_STYLE, weight: 7, className: 'planned-closure', interactive: false }).addTo(layer);
    }
    replaceChildren(list, ...[...closed.values()].map((f) => {
      const reopen = el('button', { type: 'button', class: 'secondary', 'aria-label': t('schedule.reopen') }, '×');
      reopen.addEventListener('click', () => toggle(f));
      return el('li', { 'data-segment': f.properties.id }, `${f.properties.name} (${f.properties.id}) `, reopen);
    }));
  };
  const toggle = (f: NetworkFeature): void => {
    if (closed.has(f.properties.id)) closed.delete(f.properties.id);
    else closed.set(f.properties.id, f);
    redraw();
  };
  return {
    ids: () => [...closed.keys()],
    action: (f) => {
      const button = el('button', { type: 'button', class: 'secondary', 'data-action': 'close-segment' }, closed.has(f.properties.id) ? t('schedule.reopen') : t('schedule.closeSegment'));
      button.addEventListener('click', () => {
        toggle(f);
        button.textContent = closed.has(f.properties.id) ? t('schedule.reopen') : t('schedule.closeSegment');
      });
      return button;
    },
    list,
    attach: (map) => void layer.addTo(map),
  };
}
