import type { PathOptions } from 'leaflet';
import type { MessageKey } from '../i18n/i18n.js';
import type { PlaceKind, RoadClass } from '../api/geography-types.js';

/**
 * Road styles by class, heaviest first. Colours follow the usual Chinese map convention (national red,
 * provincial orange, county brown, minor roads grey) so a coordinator reads them without the legend.
 */
export const ROAD_STYLES: readonly { roadClass: RoadClass; label: MessageKey; style: PathOptions }[] = [
  { roadClass: 'expressway', label: 'map.road.expressway', style: { color: '#b45309', weight: 4.5 } },
  { roadClass: 'national', label: 'map.road.national', style: { color: '#dc2626', weight: 4 } },
  { roadClass: 'provincial', label: 'map.road.provincial', style: { color: '#f08c00', weight: 3.5 } },
  { roadClass: 'county', label: 'map.road.county', style: { color: '#a16207', weight: 3 } },
  { roadClass: 'township', label: 'map.road.township', style: { color: '#6b7280', weight: 2 } },
  { roadClass: 'village', label: 'map.road.village', style: { color: '#a3a9b3', weight: 1.4 } },
];

/** A hazardous section: a wide translucent magenta band under the road line, dashed so it reads in print too. */
export const HAZARD_STYLE: PathOptions = { color: '#c2185b', weight: 7, opacity: 0.35, dashArray: '6 5', lineCap: 'butt' };

/** A closed section (standing closure in the data). */
export const CLOSURE_STYLE: PathOptions = { color: '#111827', weight: 5, opacity: 0.9, dashArray: '2 6' };

/** Boat routes on the reservoir. */
export const WATERWAY_STYLE: PathOptions = { color: '#1565c0', weight: 2.5, dashArray: '7 5' };

/** The reservoir surface. */
export const WATER_AREA_STYLE: PathOptions = { color: '#1e88e5', weight: 1, fillColor: '#90caf9', fillOpacity: 0.7 };

/** The county boundary: an outline, lightly filled so the county stands out on a blank background. */
export const BOUNDARY_STYLE: PathOptions = { color: '#374151', weight: 2, dashArray: '10 5', fillColor: '#fbfaf5', fillOpacity: 1 };

/** Point markers by place kind (radius in pixels). */
export const PLACE_STYLES: Readonly<Record<PlaceKind, { label: MessageKey; radius: number; style: PathOptions }>> = {
  village_stop: { label: 'map.village', radius: 3, style: { color: '#4b5563', weight: 1, fillColor: '#d1d5db', fillOpacity: 1 } },
  school_gate: { label: 'map.school', radius: 6, style: { color: '#0b3d91', weight: 2, fillColor: '#3b82f6', fillOpacity: 1 } },
  pier: { label: 'map.pier', radius: 6, style: { color: '#004d40', weight: 2, fillColor: '#26a69a', fillOpacity: 1 } },
  depot: { label: 'map.depot', radius: 5, style: { color: '#4c1d95', weight: 2, fillColor: '#a78bfa', fillOpacity: 1 } },
  bus_station: { label: 'map.depot', radius: 5, style: { color: '#4c1d95', weight: 2, fillColor: '#a78bfa', fillOpacity: 1 } },
};
