import type { Position } from '../domain/geo.js';
import type { RoadSegment } from '../domain/road-segment.js';
import type { WaterwayLeg } from '../domain/waterway-leg.js';

/** Fields every link shares. */
interface LinkBase {
  /** Position of the link in its network's `links`. */
  readonly index: number;
  /** Tail node index (where the geometry starts). */
  readonly fromNode: number;
  /** Head node index (where the geometry ends). */
  readonly toNode: number;
  /** Length in metres: the segment's authoritative length, shared out over its pieces. */
  readonly lengthM: number;
  /** Geometry from `fromNode` to `toNode`, WGS84. */
  readonly geometry: readonly Position[];
  /** Whether only `fromNode → toNode` may be travelled. */
  readonly oneway: boolean;
}

/** A road link: a whole road segment, or a piece of one split where a place was snapped onto it. */
export interface RoadLink extends LinkBase {
  readonly kind: 'road';
  /** The segment this link is (a piece of). Speed rules, grade, hazards and closures come from it. */
  readonly segment: RoadSegment;
}

/** A waterway link: one boat leg, sailable both ways. */
export interface WaterLink extends LinkBase {
  readonly kind: 'water';
  readonly leg: WaterwayLeg;
}

/** A link of a network. */
export type NetworkLink = RoadLink | WaterLink;

/** Id of the segment or leg a link comes from. */
export function linkSourceId(link: NetworkLink): string {
  return link.kind === 'road' ? link.segment.id : link.leg.id;
}

/** Whether a link is a low-grade road (technical grade 3 and below, i.e. grade number >= 3). */
export function isLowGrade(link: NetworkLink): boolean {
  return link.kind === 'road' && link.segment.technicalGrade >= LOW_GRADE_FROM;
}

/**
 * Technical grade from which a road counts as low-grade: grade 3, 4 and substandard. Night driving with
 * students is forbidden there by the county (scheduling enforces it; the network only flags it).
 */
export const LOW_GRADE_FROM = 3;
