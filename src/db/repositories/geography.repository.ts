import type { Selectable } from 'kysely';
import type { County } from '../../domain/county.js';
import type { LineStringGeometry } from '../../domain/geo.js';
import type { Place, PlaceAccess, PlaceKind } from '../../domain/place.js';
import type { Closure, RoadClass, RoadSegment } from '../../domain/road-segment.js';
import type { Township } from '../../domain/township.js';
import type { WaterwayLeg } from '../../domain/waterway-leg.js';
import type { PlaceTable, RoadSegmentTable, TownshipTable, WaterwayLegTable } from '../tables/index.js';
import { upsertMany, type Executor } from './upsert-many.js';

/** Creates or updates a county row (with its boundary for the map and the demo weekend). */
export async function upsertCounty(db: Executor, county: County, boundary: unknown, demoFriday: string | null): Promise<void> {
  await upsertMany(
    db,
    'county',
    [{ id: county.id, name_zh: county.nameZh, name_en: county.nameEn, time_zone: county.timeZone, boundary: JSON.stringify(boundary), demo_friday: demoFriday }],
    ['id'],
  );
}

/** The county, or undefined when it was never loaded. */
export async function findCounty(db: Executor, id: number): Promise<(County & { demoFriday: string | null; boundary: unknown }) | undefined> {
  const row = await db.selectFrom('county').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return undefined;
  return { id: row.id, nameZh: row.name_zh, nameEn: row.name_en, timeZone: row.time_zone, demoFriday: row.demo_friday, boundary: row.boundary };
}

const townshipToRow = (t: Township): TownshipTable => ({ id: t.id, county_id: t.countyId, name_zh: t.nameZh, name_pinyin: t.namePinyin, lon: t.lon, lat: t.lat });
const rowToTownship = (r: Selectable<TownshipTable>): Township => ({ id: r.id, countyId: r.county_id, nameZh: r.name_zh, namePinyin: r.name_pinyin, lon: r.lon, lat: r.lat });

export const upsertTownships = (db: Executor, rows: readonly Township[]): Promise<void> => upsertMany(db, 'township', rows.map(townshipToRow), ['id']);
export async function listTownships(db: Executor, countyId: number): Promise<Township[]> {
  return (await db.selectFrom('township').selectAll().where('county_id', '=', countyId).orderBy('id').execute()).map(rowToTownship);
}

const placeToRow = (p: Place): PlaceTable => ({
  id: p.id, county_id: p.countyId, kind: p.kind, name_zh: p.nameZh, township_id: p.townshipId, lon: p.lon, lat: p.lat, access: p.access, village_code: p.villageCode,
});
const rowToPlace = (r: Selectable<PlaceTable>): Place => ({
  id: r.id, countyId: r.county_id, kind: r.kind as PlaceKind, nameZh: r.name_zh, townshipId: r.township_id, lon: r.lon, lat: r.lat, access: r.access as PlaceAccess, villageCode: r.village_code,
});

export const upsertPlaces = (db: Executor, rows: readonly Place[]): Promise<void> => upsertMany(db, 'place', rows.map(placeToRow), ['id']);
export async function listPlaces(db: Executor, countyId: number): Promise<Place[]> {
  return (await db.selectFrom('place').selectAll().where('county_id', '=', countyId).orderBy('id').execute()).map(rowToPlace);
}

const closureColumns = (c: Closure | null) => ({ closed_reason: c?.reason ?? null, closed_from: c?.from ?? null, closed_to: c?.to ?? null });
const closureOfRow = (r: { closed_reason: string | null; closed_from: Date | null; closed_to: Date | null }): Closure | null =>
  r.closed_reason === null || r.closed_from === null
    ? null
    : { reason: r.closed_reason, from: r.closed_from.toISOString(), to: r.closed_to === null ? null : r.closed_to.toISOString() };

const roadToRow = (s: RoadSegment) => ({
  id: s.id, county_id: s.countyId, name: s.name, road_class: s.roadClass, from_node: s.fromNode, to_node: s.toNode,
  geometry: JSON.stringify(s.geometry), length_m: s.lengthM, posted_speed_kmh: s.postedSpeedKmh, technical_grade: s.technicalGrade,
  cliff_side: s.hazards.cliffSide, water_side: s.hazards.waterSide, steep_grade: s.hazards.steepGrade, sharp_curves: s.hazards.sharpCurves,
  narrow_road: s.hazards.narrowRoad, narrow_bridge: s.hazards.narrowBridge, oneway: s.oneway, ...closureColumns(s.closure),
});
const rowToRoad = (r: Selectable<RoadSegmentTable>): RoadSegment => ({
  id: r.id, countyId: r.county_id, name: r.name, roadClass: r.road_class as RoadClass, fromNode: r.from_node, toNode: r.to_node,
  geometry: r.geometry as LineStringGeometry, lengthM: r.length_m, postedSpeedKmh: r.posted_speed_kmh, technicalGrade: r.technical_grade,
  hazards: { cliffSide: r.cliff_side, waterSide: r.water_side, steepGrade: r.steep_grade, sharpCurves: r.sharp_curves, narrowRoad: r.narrow_road, narrowBridge: r.narrow_bridge },
  oneway: r.oneway, closure: closureOfRow(r),
});

export const upsertRoads = (db: Executor, rows: readonly RoadSegment[]): Promise<void> => upsertMany(db, 'road_segment', rows.map(roadToRow), ['id']);
export async function listRoads(db: Executor, countyId: number): Promise<RoadSegment[]> {
  return (await db.selectFrom('road_segment').selectAll().where('county_id', '=', countyId).orderBy('id').execute()).map(rowToRoad);
}

const waterwayToRow = (w: WaterwayLeg) => ({
  id: w.id, county_id: w.countyId, name: w.name, from_place_id: w.fromPlaceId, to_place_id: w.toPlaceId, geometry: JSON.stringify(w.geometry),
  length_m: w.lengthM, speed_kmh: w.speedKmh, ...closureColumns(w.closure),
});
const rowToWaterway = (r: Selectable<WaterwayLegTable>): WaterwayLeg => ({
  id: r.id, countyId: r.county_id, name: r.name, fromPlaceId: r.from_place_id, toPlaceId: r.to_place_id, geometry: r.geometry as LineStringGeometry,
  lengthM: r.length_m, speedKmh: r.speed_kmh, closure: closureOfRow(r),
});

export const upsertWaterways = (db: Executor, rows: readonly WaterwayLeg[]): Promise<void> => upsertMany(db, 'waterway_leg', rows.map(waterwayToRow), ['id']);
export async function listWaterways(db: Executor, countyId: number): Promise<WaterwayLeg[]> {
  return (await db.selectFrom('waterway_leg').selectAll().where('county_id', '=', countyId).orderBy('id').execute()).map(rowToWaterway);
}
