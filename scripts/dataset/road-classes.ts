import type { RoadClass, TechnicalGrade } from '../../src/domain/road-segment.js';

/** How the builder draws one road class: grade, posted speed, detour ratio and meander wavelength. */
export interface RoadStyle {
  readonly roadClass: RoadClass;
  readonly technicalGrade: TechnicalGrade;
  /** Posted speed, km/h. */
  readonly postedSpeedKmh: number;
  /** Road length / straight distance between the segment's nodes, drawn uniformly in [min, max]. */
  readonly ratio: readonly [number, number];
  /** Half-wavelength of the meander, metres (switchbacks are short, expressway curves long). */
  readonly halfWaveM: readonly [number, number];
}

/**
 * The classes of the Suichang network. Grades follow JTG B01 (0 expressway … 5 substandard); speeds are
 * those usually posted on such roads in Zhejiang's mountains. Ratios: the published township distances
 * give 1.3–1.8 road km per straight km; the expressway is straighter (1.05–1.3).
 */
export const ROAD_STYLES = {
  expressway: { roadClass: 'expressway', technicalGrade: 0, postedSpeedKmh: 100, ratio: [1.06, 1.15], halfWaveM: [3000, 5000] },
  national: { roadClass: 'national', technicalGrade: 2, postedSpeedKmh: 60, ratio: [1.35, 1.6], halfWaveM: [700, 1100] },
  provincial: { roadClass: 'provincial', technicalGrade: 2, postedSpeedKmh: 60, ratio: [1.3, 1.45], halfWaveM: [600, 1000] },
  provincialGrade3: { roadClass: 'provincial', technicalGrade: 3, postedSpeedKmh: 60, ratio: [1.4, 1.6], halfWaveM: [500, 900] },
  county: { roadClass: 'county', technicalGrade: 3, postedSpeedKmh: 60, ratio: [1.4, 1.65], halfWaveM: [500, 900] },
  countyGrade4: { roadClass: 'county', technicalGrade: 4, postedSpeedKmh: 50, ratio: [1.45, 1.75], halfWaveM: [400, 800] },
  township: { roadClass: 'township', technicalGrade: 4, postedSpeedKmh: 40, ratio: [1.35, 1.75], halfWaveM: [350, 650] },
  village: { roadClass: 'village', technicalGrade: 4, postedSpeedKmh: 30, ratio: [1.35, 1.8], halfWaveM: [250, 500] },
  villageSubstandard: { roadClass: 'village', technicalGrade: 5, postedSpeedKmh: 30, ratio: [1.4, 1.8], halfWaveM: [250, 450] },
  street: { roadClass: 'township', technicalGrade: 4, postedSpeedKmh: 40, ratio: [1.3, 1.45], halfWaveM: [300, 500] },
} as const satisfies Record<string, RoadStyle>;

/** The name of a road style in `ROAD_STYLES`. */
export type RoadStyleName = keyof typeof ROAD_STYLES;

/** Detour ratio bounds for segments shorter than this straight distance (town streets, spurs). */
export const SHORT_SEGMENT_M = 1000;
