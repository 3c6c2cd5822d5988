import { z } from 'zod';
import type { ErrorDetail } from '../domain/errors.js';
import { LineStringGeometry } from '../domain/geo.js';
import { RoadSegment } from '../domain/road-segment.js';
import { WaterwayLeg } from '../domain/waterway-leg.js';
import type { DecodedTable } from './table-codec.js';

const Feature = z.object({
  type: z.literal('Feature'),
  geometry: LineStringGeometry,
  properties: z.record(z.string(), z.unknown()),
});

const FeatureCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});

type Properties = Record<string, unknown>;

const closureOf = (p: Properties): unknown =>
  p['closed_reason'] === undefined || p['closed_reason'] === null || p['closed_reason'] === ''
    ? null
    : { reason: p['closed_reason'], from: p['closed_from'] ?? null, to: p['closed_to'] ?? null };

function roadFromFeature(p: Properties, geometry: unknown): unknown {
  return {
    id: p['id'],
    countyId: p['county_id'],
    name: p['name'] ?? '',
    roadClass: p['road_class'],
    fromNode: p['from_node'],
    toNode: p['to_node'],
    geometry,
    lengthM: p['length_m'],
    postedSpeedKmh: p['posted_speed_kmh'],
    technicalGrade: p['technical_grade'],
    hazards: {
      cliffSide: p['cliff_side'] ?? false,
      waterSide: p['water_side'] ?? false,
      steepGrade: p['steep_grade'] ?? false,
      sharpCurves: p['sharp_curves'] ?? false,
      narrowRoad: p['narrow_road'] ?? false,
      narrowBridge: p['narrow_bridge'] ?? false,
    },
    oneway: p['oneway'] ?? false,
    closure: closureOf(p),
  };
}

function waterwayFromFeature(p: Properties, geometry: unknown): unknown {
  return {
    id: p['id'],
    countyId: p['county_id'],
    name: p['name'] ?? '',
    fromPlaceId: p['from_place_id'],
    toPlaceId: p['to_place_id'],
    geometry,
    lengthM: p['length_m'],
    speedKmh: p['speed_kmh'],
    closure: closureOf(p),
  };
}

const FIELD_TO_PROPERTY: Readonly<Record<string, string>> = {
  countyId: 'county_id',
  roadClass: 'road_class',
  fromNode: 'from_node',
  toNode: 'to_node',
  lengthM: 'length_m',
  postedSpeedKmh: 'posted_speed_kmh',
  technicalGrade: 'technical_grade',
  fromPlaceId: 'from_place_id',
  toPlaceId: 'to_place_id',
  speedKmh: 'speed_kmh',
  cliffSide: 'cliff_side',
  waterSide: 'water_side',
  steepGrade: 'steep_grade',
  sharpCurves: 'sharp_curves',
  narrowRoad: 'narrow_road',
  narrowBridge: 'narrow_bridge',
};

function fieldName(path: readonly PropertyKey[]): string {
  const names = path.map(String);
  if (names[0] === 'geometry') return names.join('.');
  if (names[0] === 'hazards' || names[0] === 'closure') names.shift();
  const head = names[0] ?? '';
  return `properties.${FIELD_TO_PROPERTY[head] ?? head}${names.slice(1).map((n) => `.${n}`).join('')}`;
}

function decodeLayer<T>(
  json: unknown,
  file: string,
  schema: z.ZodType<T>,
  fromFeature: (p: Properties, geometry: unknown) => unknown,
): DecodedTable<T> {
  const collection = FeatureCollection.safeParse(json);
  if (!collection.success) {
    return { rows: [], errors: [{ file, message: 'must be a GeoJSON FeatureCollection' }] };
  }
  const rows: T[] = [];
  const errors: ErrorDetail[] = [];
  collection.data.features.forEach((raw, i) => {
    const row = i + 1;
    const feature = Feature.safeParse(raw);
    if (!feature.success) {
      for (const issue of feature.error.issues) {
        errors.push({ file, row, field: issue.path.map(String).join('.'), message: issue.message });
      }
      return;
    }
    const parsed = schema.safeParse(fromFeature(feature.data.properties, feature.data.geometry));
    if (parsed.success) rows.push(parsed.data);
    else for (const issue of parsed.error.issues) errors.push({ file, row, field: fieldName(issue.path), message: issue.message });
  });
  return { rows, errors };
}

/** Decodes `roads.geojson` (one LineString feature per road segment, flat snake_case properties). */
export function decodeRoads(json: unknown, file = 'roads.geojson'): DecodedTable<RoadSegment> {
  return decodeLayer(json, file, RoadSegment, roadFromFeature);
}

/** Decodes `waterways.geojson` (one LineString feature per boat leg). */
export function decodeWaterways(json: unknown, file = 'waterways.geojson'): DecodedTable<WaterwayLeg> {
  return decodeLayer(json, file, WaterwayLeg, waterwayFromFeature);
}

const closureProperties = (c: { reason: string; from: string; to: string | null } | null): Properties =>
  c === null ? {} : { closed_reason: c.reason, closed_from: c.from, closed_to: c.to };

/** A road segment as a GeoJSON feature with flat snake_case properties. */
export function roadToFeature(s: RoadSegment): { type: 'Feature'; geometry: RoadSegment['geometry']; properties: Properties } {
  return {
    type: 'Feature',
    geometry: s.geometry,
    properties: {
      id: s.id,
      county_id: s.countyId,
      name: s.name,
      road_class: s.roadClass,
      from_node: s.fromNode,
      to_node: s.toNode,
      length_m: s.lengthM,
      posted_speed_kmh: s.postedSpeedKmh,
      technical_grade: s.technicalGrade,
      cliff_side: s.hazards.cliffSide,
      water_side: s.hazards.waterSide,
      steep_grade: s.hazards.steepGrade,
      sharp_curves: s.hazards.sharpCurves,
      narrow_road: s.hazards.narrowRoad,
      narrow_bridge: s.hazards.narrowBridge,
      oneway: s.oneway,
      ...closureProperties(s.closure),
    },
  };
}

/** A waterway leg as a GeoJSON feature. */
export function waterwayToFeature(w: WaterwayLeg): { type: 'Feature'; geometry: WaterwayLeg['geometry']; properties: Properties } {
  return {
    type: 'Feature',
    geometry: w.geometry,
    properties: {
      id: w.id,
      county_id: w.countyId,
      name: w.name,
      from_place_id: w.fromPlaceId,
      to_place_id: w.toPlaceId,
      length_m: w.lengthM,
      speed_kmh: w.speedKmh,
      ...closureProperties(w.closure),
    },
  };
}
