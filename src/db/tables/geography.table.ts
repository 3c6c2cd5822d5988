import type { ColumnType, Generated } from 'kysely';

/** A JSON column: written as text (serialised), read as the parsed value. */
export type Json<T> = ColumnType<T, string, string>;

/** A `timestamptz` column: read as a Date, written as a Date or ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** `county`: one row per county served by the installation. */
export interface CountyTable {
  id: number;
  name_zh: string;
  name_en: string;
  time_zone: string;
  boundary: Json<unknown> | null;
  /** `date` columns are read and written as `YYYY-MM-DD` strings. */
  demo_friday: string | null;
  created_at: ColumnType<Date, never, never>;
}

/** `township`: 乡/镇/街道 with the official 9-digit code as id. */
export interface TownshipTable {
  id: string;
  county_id: number;
  name_zh: string;
  name_pinyin: string;
  lon: number;
  lat: number;
}

/** `place`: stops, gates, piers, depots, stations. */
export interface PlaceTable {
  id: string;
  county_id: number;
  kind: string;
  name_zh: string;
  township_id: string;
  lon: number;
  lat: number;
  access: string;
  village_code: string | null;
}

/** `road_segment`: road sections between network nodes, with hazards and closures. */
export interface RoadSegmentTable {
  id: string;
  county_id: number;
  name: string;
  road_class: string;
  from_node: string;
  to_node: string;
  geometry: Json<unknown>;
  length_m: number;
  posted_speed_kmh: number;
  technical_grade: number;
  cliff_side: boolean;
  water_side: boolean;
  steep_grade: boolean;
  sharp_curves: boolean;
  narrow_road: boolean;
  narrow_bridge: boolean;
  oneway: boolean;
  closed_reason: string | null;
  closed_from: Timestamp | null;
  closed_to: Timestamp | null;
}

/** `waterway_leg`: boat legs between places reachable by water. */
export interface WaterwayLegTable {
  id: string;
  county_id: number;
  name: string;
  from_place_id: string;
  to_place_id: string;
  geometry: Json<unknown>;
  length_m: number;
  speed_kmh: number;
  closed_reason: string | null;
  closed_from: Timestamp | null;
  closed_to: Timestamp | null;
}

/** `audit_log`: append-only record of every change to compliance records (a trigger forbids UPDATE/DELETE). */
export interface AuditLogTable {
  id: Generated<string>;
  county_id: number;
  at: ColumnType<Date, Date | string | undefined, never>;
  actor: string;
  entity: string;
  entity_id: string;
  action: string;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
}

/** `api_token`: bearer tokens stored as hashes, with a role and a scope. */
export interface ApiTokenTable {
  id: string;
  county_id: number;
  token_hash: string;
  role: string;
  school_id: string | null;
  operator_id: string | null;
  label: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  revoked_at: Timestamp | null;
  last_used_at: Timestamp | null;
}
