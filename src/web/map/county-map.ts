import type { Map as LeafletMap } from 'leaflet';
import { loadCountyLayers, showCountyLayers, type CountyLayers, type SegmentActions } from './county-layers.js';
import { L } from './leaflet-global.js';
import { legendContent, legendControl } from './map-legend.js';

/** A county map on a page: the Leaflet map, its layers and its legend element (to add schedule rows). */
export interface CountyMap {
  readonly map: LeafletMap;
  readonly layers: CountyLayers;
  readonly legend: HTMLElement;
}

/**
 * Draws the county in `container` with no tile layer (the pages work offline): boundary, roads by class,
 * hazardous sections, reservoir and boat routes, places. The map is removed when `signal` aborts;
 * `actions` adds controls to a section's popup.
 */
export async function countyMap(container: HTMLElement, get: <T>(path: string) => Promise<T>, signal: AbortSignal, actions?: SegmentActions): Promise<CountyMap> {
  const layers = await loadCountyLayers(get, actions);
  const map = L.map(container, { zoomSnap: 0.25, attributionControl: true });
  map.attributionControl.setPrefix('');
  map.attributionControl.addAttribution('边界 boundary: Vonng/adcode (CC BY 4.0); roads, reservoir outline: synthetic');
  showCountyLayers(map, layers);
  const legend = legendContent();
  legendControl(legend).addTo(map);
  signal.addEventListener('abort', () => map.remove(), { once: true });
  container.dataset['ready'] = 'true';
  return { map, layers, legend };
}
