import type { FeatureCollection, Geometry } from 'geojson';
import type { LayerGroup, Map as LeafletMap } from 'leaflet';
import type { County, ItemList, NetworkCollection, NetworkFeature, PlaceCollection, PlaceKind, School } from '../api/geography-types.js';
import { el } from '../dom/element.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import { L } from './leaflet-global.js';
import { BOUNDARY_STYLE, CLOSURE_STYLE, HAZARD_STYLE, PLACE_STYLES, ROAD_STYLES, WATER_AREA_STYLE, WATERWAY_STYLE } from './map-style.js';

/** The county's map layers, each toggled in the layer control. */
export interface CountyLayers {
  readonly boundary: LayerGroup;
  readonly roads: LayerGroup;
  readonly hazards: LayerGroup;
  readonly water: LayerGroup;
  readonly villages: LayerGroup;
  readonly schools: LayerGroup;
  readonly piers: LayerGroup;
  readonly depots: LayerGroup;
}

/** Layer names in the layer control, in order. */
export const LAYER_LABELS: Readonly<Record<keyof CountyLayers, MessageKey>> = {
  boundary: 'map.layers.boundary', roads: 'map.layers.roads', hazards: 'map.layers.hazards', water: 'map.layers.water',
  villages: 'map.layers.villages', schools: 'map.layers.schools', piers: 'map.layers.piers', depots: 'map.layers.depots',
};

/** Extra controls in a road or waterway popup (the coordinator closes a section from there). */
export type SegmentActions = (f: NetworkFeature) => HTMLElement | null;

function segmentPopup(f: NetworkFeature, actions: SegmentActions | undefined): HTMLElement {
  const p = f.properties;
  const roadClass = ROAD_STYLES.find((s) => s.roadClass === p.class);
  return el(
    'div', { class: 'segment-popup' },
    el('strong', {}, t('map.segment', { name: p.name, class: roadClass === undefined ? t('map.waterway') : t(roadClass.label), speed: p.speedKmh, length: (p.lengthM / 1000).toFixed(1) })),
    p.hazards.length === 0 ? null : el('div', { class: 'error' }, t('map.hazards', { list: p.hazards.map((h) => t(`hazard.${h}`)).join('、') })),
    p.closure === null ? null : el('div', { class: 'error' }, `${t('map.closure')}: ${p.closure.reason}`),
    el('div', { class: 'muted' }, p.id),
    actions?.(f) ?? null,
  );
}

function networkLayers(network: NetworkCollection, actions: SegmentActions | undefined): Pick<CountyLayers, 'roads' | 'hazards'> & { waterways: LayerGroup } {
  const roads = L.layerGroup();
  const hazards = L.layerGroup();
  const waterways = L.layerGroup();
  // Minor roads first so the major ones are drawn on top.
  const order = new Map(ROAD_STYLES.map((s, i) => [s.roadClass as string, ROAD_STYLES.length - i]));
  const features = [...network.features].sort((a, b) => (order.get(a.properties.class) ?? 0) - (order.get(b.properties.class) ?? 0));
  for (const f of features) {
    const latLngs = f.geometry.coordinates.map(([lon, lat]) => L.latLng(lat ?? 0, lon ?? 0));
    if (f.properties.layer === 'waterway') {
      L.polyline(latLngs, { ...WATERWAY_STYLE, className: 'waterway-line' }).bindPopup(() => segmentPopup(f, actions)).addTo(waterways);
      continue;
    }
    const style = ROAD_STYLES.find((s) => s.roadClass === f.properties.class)?.style ?? {};
    if (f.properties.hazards.length > 0) L.polyline(latLngs, { ...HAZARD_STYLE, className: 'hazard-line', interactive: false }).addTo(hazards);
    if (f.properties.closure !== null) L.polyline(latLngs, { ...CLOSURE_STYLE, className: 'closure-line', interactive: false }).addTo(hazards);
    L.polyline(latLngs, { ...style, className: `road-line road-${f.properties.class}` }).bindPopup(() => segmentPopup(f, actions)).addTo(roads);
  }
  return { roads, hazards, waterways };
}

function placeLayers(places: PlaceCollection, schoolsByGate: ReadonlyMap<string, School>): Pick<CountyLayers, 'villages' | 'schools' | 'piers' | 'depots'> {
  const groups = { villages: L.layerGroup(), schools: L.layerGroup(), piers: L.layerGroup(), depots: L.layerGroup() };
  const groupOf: Readonly<Record<PlaceKind, LayerGroup>> = {
    village_stop: groups.villages, school_gate: groups.schools, pier: groups.piers, depot: groups.depots, bus_station: groups.depots,
  };
  for (const f of places.features) {
    const [lon, lat] = f.geometry.coordinates;
    const kind = PLACE_STYLES[f.properties.kind];
    const school = schoolsByGate.get(f.properties.id);
    const name = school?.nameZh ?? f.properties.nameZh;
    L.circleMarker(L.latLng(lat ?? 0, lon ?? 0), { ...kind.style, radius: kind.radius, className: `place place-${f.properties.kind}` })
      .bindTooltip(name, { direction: 'top' })
      .bindPopup(() => el('div', {}, el('strong', {}, name), el('div', { class: 'muted' }, t(kind.label))))
      .addTo(groupOf[f.properties.kind]);
  }
  return groups;
}

/**
 * Loads the county's geography from the API (boundary, network, places, schools) and the reservoir
 * outline from `/web/water-areas.geojson`, and builds the layers; the caller adds them to its map.
 * `actions` adds controls to the popup of a road or waterway section.
 */
export async function loadCountyLayers(get: <T>(path: string) => Promise<T>, actions?: SegmentActions): Promise<CountyLayers> {
  const [county, network, places, schools, waterAreas] = await Promise.all([
    get<County>('/api/v1/county'),
    get<NetworkCollection>('/api/v1/network'),
    get<PlaceCollection>('/api/v1/places'),
    get<ItemList<School>>('/api/v1/schools'),
    get<FeatureCollection<Geometry>>('/web/water-areas.geojson').catch(() => ({ type: 'FeatureCollection', features: [] }) as FeatureCollection<Geometry>),
  ]);
  const boundary = L.layerGroup();
  if (county.boundary !== null) L.geoJSON(county.boundary, { style: { ...BOUNDARY_STYLE, className: 'county-boundary' }, interactive: false }).addTo(boundary);
  const { roads, hazards, waterways } = networkLayers(network, actions);
  const water = L.layerGroup([L.geoJSON(waterAreas, { style: { ...WATER_AREA_STYLE, className: 'water-area' }, interactive: false }), waterways]);
  const schoolsByGate = new Map(schools.items.map((s) => [s.gatePlaceId, s]));
  return { boundary, roads, hazards, water, ...placeLayers(places, schoolsByGate) };
}

/** Adds every layer to a map with a layer control, and fits the view to the boundary (or the roads). */
export function showCountyLayers(map: LeafletMap, layers: CountyLayers): void {
  const control = L.control.layers(undefined, undefined, { collapsed: window.innerWidth < 700 });
  for (const key of Object.keys(LAYER_LABELS) as (keyof CountyLayers)[]) {
    layers[key].addTo(map);
    control.addOverlay(layers[key], t(LAYER_LABELS[key]));
  }
  control.addTo(map);
  const bounds = L.featureGroup(layers.boundary.getLayers()).getBounds();
  map.fitBounds(bounds.isValid() ? bounds : L.featureGroup(layers.roads.getLayers()).getBounds(), { padding: [8, 8] });
}
