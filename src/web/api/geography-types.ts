import type { Feature, FeatureCollection, Geometry, LineString, Point } from 'geojson';

/** `GET /api/v1/county`. */
export interface County {
  readonly id: number;
  readonly nameZh: string;
  readonly nameEn: string;
  /** IANA zone of every local time the API returns. */
  readonly timeZone: string;
  /** The Friday of the demo weekend, YYYY-MM-DD. */
  readonly demoFriday: string | null;
  readonly boundary: Geometry | null;
  readonly townships: readonly { id: string; nameZh: string; namePinyin: string; lon: number; lat: number }[];
}

/** Kinds of places (src/domain/place.ts). */
export type PlaceKind = 'village_stop' | 'school_gate' | 'pier' | 'depot' | 'bus_station';

/** Properties of `GET /api/v1/places` features. */
export interface PlaceProperties {
  readonly id: string;
  readonly kind: PlaceKind;
  readonly nameZh: string;
  readonly townshipId: string;
  readonly access: 'road' | 'water' | 'both';
  readonly villageCode: string | null;
}

/** Road classes (src/domain/road-segment.ts), plus `waterway` for boat legs. */
export type RoadClass = 'expressway' | 'national' | 'provincial' | 'county' | 'township' | 'village';

/** Hazard flags of a road section (临崖, 临水, 陡坡, 急弯, 窄路, 窄桥). */
export type Hazard = 'cliffSide' | 'waterSide' | 'steepGrade' | 'sharpCurves' | 'narrowRoad' | 'narrowBridge';

/** Properties of `GET /api/v1/network` features. */
export interface NetworkProperties {
  readonly id: string;
  readonly layer: 'road' | 'waterway';
  readonly name: string;
  readonly class: RoadClass | 'waterway';
  readonly lengthM: number;
  /** Posted speed (road) or permitted boat speed, km/h. */
  readonly speedKmh: number;
  readonly technicalGrade: number | null;
  readonly hazards: readonly Hazard[];
  readonly oneway: boolean;
  readonly closure: { reason: string; from: string; to: string | null } | null;
}

export type PlaceCollection = FeatureCollection<Point, PlaceProperties>;
export type NetworkCollection = FeatureCollection<LineString, NetworkProperties>;
export type NetworkFeature = Feature<LineString, NetworkProperties>;
export type PlaceFeature = Feature<Point, PlaceProperties>;

/** A school (`GET /api/v1/schools`). */
export interface School {
  readonly id: string;
  readonly nameZh: string;
  readonly level: 'primary' | 'middle' | 'nine_year';
  readonly townshipId: string;
  readonly gatePlaceId: string;
  readonly boarders: number;
  readonly runsShuttle: boolean;
  readonly nameSource: 'real' | 'synthetic';
}

/** A dismissal (home) or return window, local time, days from the weekend's Friday. */
export interface SchoolWindow {
  readonly direction: 'home' | 'return';
  readonly dayOffset: number;
  readonly earliest: string;
  readonly latest: string;
  readonly preference: number;
}

/** `GET /api/v1/schools/{id}`. */
export interface SchoolDetail extends School {
  readonly gate: { lon: number; lat: number; nameZh: string } | null;
  readonly windows: readonly SchoolWindow[];
}

/** `{ items }` lists. */
export interface ItemList<T> {
  readonly items: readonly T[];
}
