import { z } from 'zod';
import { CountyId } from './county.js';
import { EntityId } from './entity-id.js';
import { LineStringGeometry } from './geo.js';

/** Administrative road class, which sets the class speed of the travel-time model. */
export const RoadClass = z.enum(['expressway', 'national', 'provincial', 'county', 'township', 'village']);
export type RoadClass = z.infer<typeof RoadClass>;

/**
 * Technical grade (公路技术等级, JTG B01): 0 = expressway (高速), 1–4 = grade 1–4, 5 = substandard (等外).
 * Grade 3 and below (3, 4, 5) are the low-grade roads on which night driving with students is forbidden.
 */
export const TechnicalGrade = z.number().int().min(0).max(5);
export type TechnicalGrade = z.infer<typeof TechnicalGrade>;

/** Hazard flags of a mountain road section. */
export const RoadHazards = z.object({
  /** 临崖: runs along a cliff edge with a large drop. */
  cliffSide: z.boolean(),
  /** 临水: runs along a river or reservoir. */
  waterSide: z.boolean(),
  /** 陡坡: long or steep grade. */
  steepGrade: z.boolean(),
  /** 急弯: sharp curves. */
  sharpCurves: z.boolean(),
  /** 窄路: road narrower than two lanes. */
  narrowRoad: z.boolean(),
  /** 窄桥: a bridge narrower than the road. */
  narrowBridge: z.boolean(),
});
export type RoadHazards = z.infer<typeof RoadHazards>;

/** A planned or current closure (landslide, flood warning, works). Times are ISO 8601 with offset. */
export const Closure = z.object({
  reason: z.string().min(1),
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }).nullable(),
});
export type Closure = z.infer<typeof Closure>;

/** A road section between two network nodes. Both directions are drivable unless `oneway`. */
export const RoadSegment = z.object({
  id: EntityId,
  countyId: CountyId,
  /** Route designation or local name, e.g. `G4012`, `G637`, `县道 遂金线`. */
  name: z.string(),
  roadClass: RoadClass,
  fromNode: EntityId,
  toNode: EntityId,
  geometry: LineStringGeometry,
  /** Road length in metres (authoritative; the geometry is for the map and snapping). */
  lengthM: z.number().int().positive(),
  /** Posted speed limit in km/h. */
  postedSpeedKmh: z.number().int().min(5).max(120),
  technicalGrade: TechnicalGrade,
  hazards: RoadHazards,
  oneway: z.boolean(),
  /** A standing closure recorded in the data; day-specific closures come with the conditions. */
  closure: Closure.nullable(),
});
export type RoadSegment = z.infer<typeof RoadSegment>;
