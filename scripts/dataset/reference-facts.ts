import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Position } from '../../src/domain/geo.js';

/** A township seat as published (official code, WGS84 seat point). */
export interface TownshipFact {
  readonly code: string;
  readonly nameZh: string;
  readonly namePinyin: string;
  readonly seat: Position;
  /** Seat village names from the 2016 urban-rural codes (several for the county town). */
  readonly seatVillages: readonly string[];
}

/** A village or community of the 2016 list; `position` only for the 20 that have one. */
export interface VillageFact {
  readonly code: string;
  readonly nameZh: string;
  readonly townshipCode: string;
  /** NBS urban-rural code: 1xx urban, 210 township seat village, 220 village. */
  readonly urCode: string;
  readonly position: Position | null;
}

/** The real facts the builder uses, read from `data/reference/suichang`. */
export interface ReferenceFacts {
  readonly townships: readonly TownshipFact[];
  readonly villages: readonly VillageFact[];
  /** The county boundary's outer ring (WGS84), from Vonng/adcode (CC BY 4.0). */
  readonly boundaryRing: readonly Position[];
  /** The boundary geometry as published, for `boundary.geojson`. */
  readonly boundary: { type: 'MultiPolygon'; coordinates: Position[][][] };
}

type Row = Record<string, string>;

function readCsv(dir: string, file: string): Row[] {
  return parse(readFileSync(join(dir, file), 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Row[];
}

function field(row: Row, name: string): string {
  const value = row[name];
  if (value === undefined) throw new Error(`reference file: missing column ${name}`);
  return value.trim();
}

function seatVillagesOf(text: string): string[] {
  return text.split('/').map((s) => s.replace(/\(\d+\)$/, '').trim()).filter((s) => s.length > 0);
}

/** Reads the reference folder; throws if a file is missing or malformed (the build must stop). */
export function readReferenceFacts(dir: string): ReferenceFacts {
  const townships = readCsv(dir, 'townships.csv').map((r) => ({
    code: field(r, 'code'),
    nameZh: field(r, 'name_zh'),
    namePinyin: field(r, 'name_pinyin'),
    seat: [Number(field(r, 'lon')), Number(field(r, 'lat'))] as Position,
    seatVillages: seatVillagesOf(field(r, 'seat_village_by_ur_code_2016')),
  }));
  const villages = readCsv(dir, 'villages_2016.csv').map((r) => {
    const lon = field(r, 'lon');
    const lat = field(r, 'lat');
    return {
      code: field(r, 'code12'),
      nameZh: field(r, 'name_zh'),
      townshipCode: field(r, 'township_code'),
      urCode: field(r, 'ur_code'),
      position: lon === '' || lat === '' ? null : ([Number(lon), Number(lat)] as Position),
    };
  });
  const geojson = JSON.parse(readFileSync(join(dir, 'suichang_boundary_wgs84.geojson'), 'utf8')) as {
    features: Array<{ geometry: { type: 'MultiPolygon'; coordinates: Position[][][] } }>;
  };
  const boundary = geojson.features[0]?.geometry;
  const ring = boundary?.coordinates[0]?.[0];
  if (boundary === undefined || ring === undefined) throw new Error('reference boundary: no polygon');
  return { townships, villages, boundaryRing: ring, boundary };
}
