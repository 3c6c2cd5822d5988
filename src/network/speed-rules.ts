import type { Weather } from '../domain/conditions.js';
import type { RoadClass, RoadHazards } from '../domain/road-segment.js';

/** Which travel-time model a matrix uses: students on board, an empty coach, or a boat. */
export type TravelProfile = 'loaded' | 'empty' | 'boat';

/**
 * Ordinary speed of a coach per road class in km/h, used when the posted limit is higher.
 *
 * Reasoning (道路交通安全法实施条例, the implementing regulations of the Road Traffic Safety Law):
 * - expressway 100: art. 78 caps every vehicle but small passenger cars at 100 km/h on expressways;
 * - national 80: county-level stretches of national roads are mostly grade 2, designed for 80 km/h (JTG B01);
 * - provincial 70: art. 45, a road with one lane per direction outside towns, 70 km/h;
 * - county 60: grade 3 mountain roads, designed for 30–40 km/h, commonly signed 60 km/h at most;
 * - township 40: art. 45, a road without a centre line outside towns, 40 km/h;
 * - village 30: art. 45 gives 30 km/h for roads without a centre line in towns; village lanes are no faster.
 * A posted limit below the class speed always wins.
 */
export const CLASS_SPEED_KMH: Readonly<Record<RoadClass, number>> = {
  expressway: 100,
  national: 80,
  provincial: 70,
  county: 60,
  township: 40,
  village: 30,
};

/** 校车安全管理条例 art. 35: at most 80 km/h on expressways with students on board. */
export const LOADED_EXPRESSWAY_KMH = 80;
/** 校车安全管理条例 art. 35: at most 60 km/h on any other road with students on board. */
export const LOADED_OTHER_ROAD_KMH = 60;
/**
 * 校车安全管理条例 art. 35: at most 20 km/h with students on board on sharp curves, steep grades,
 * narrow roads, narrow bridges, icy or muddy roads, and in fog, rain, snow or other low visibility.
 */
export const LOADED_HAZARD_KMH = 20;
/**
 * 道路交通安全法实施条例 art. 46: at most 30 km/h on icy or snowy roads, for every vehicle. Our `snow`
 * weather means snow or ice on the roads, so it caps the empty profile too. Rain and fog cap ordinary
 * traffic only below 50 m visibility, which the conditions do not say, so they leave `empty` alone.
 */
export const ICY_ROAD_KMH = 30;

/** The hazard flags that trigger the 20 km/h loaded cap by themselves (art. 35). */
export const SPEED_CAP_HAZARDS = ['sharpCurves', 'steepGrade', 'narrowRoad', 'narrowBridge'] as const satisfies ReadonlyArray<keyof RoadHazards>;

/** The road attributes the speed rules read. */
export interface RoadSpeedInput {
  readonly roadClass: RoadClass;
  /** Posted speed limit in km/h. */
  readonly postedSpeedKmh: number;
  readonly hazards: RoadHazards;
}

/** Speed in km/h of an empty coach (deadhead): the ordinary limits only. */
export function emptySpeedKmh(road: RoadSpeedInput, weather: Weather): number {
  const ordinary = Math.min(road.postedSpeedKmh, CLASS_SPEED_KMH[road.roadClass]);
  return weather === 'snow' ? Math.min(ordinary, ICY_ROAD_KMH) : ordinary;
}

/** Speed in km/h of a coach with students on board (校车安全管理条例 art. 35). */
export function loadedSpeedKmh(road: RoadSpeedInput, weather: Weather): number {
  const schoolCap = road.roadClass === 'expressway' ? LOADED_EXPRESSWAY_KMH : LOADED_OTHER_ROAD_KMH;
  const ordinary = Math.min(emptySpeedKmh(road, weather), schoolCap);
  if (weather !== 'clear') return Math.min(ordinary, LOADED_HAZARD_KMH);
  for (const flag of SPEED_CAP_HAZARDS) if (road.hazards[flag]) return Math.min(ordinary, LOADED_HAZARD_KMH);
  return ordinary;
}

/** Speed in km/h of a road link under a road profile. */
export function roadSpeedKmh(road: RoadSpeedInput, profile: 'loaded' | 'empty', weather: Weather): number {
  return profile === 'loaded' ? loadedSpeedKmh(road, weather) : emptySpeedKmh(road, weather);
}

/**
 * Time in whole milliseconds, rounded up, to cover `lengthM` at `speedKmh` plus `extraMs`.
 * A tolerance of 1e-6 ms keeps float noise (e.g. 0.1 × 60) from adding a millisecond.
 */
export function travelTimeMs(lengthM: number, speedKmh: number, extraMs = 0): number {
  return Math.ceil((lengthM * 3600) / speedKmh + extraMs - 1e-6);
}
