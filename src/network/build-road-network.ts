import type { Position } from '../domain/geo.js';
import type { Place } from '../domain/place.js';
import type { RoadSegment } from '../domain/road-segment.js';
import { assembleModeNetwork, type ModeNetwork } from './mode-network.js';
import type { RoadLink } from './network-link.js';
import { SegmentGrid } from './segment-grid.js';
import { snapPoint } from './snap-point.js';
import { cutNodeKey, splitSegment, type NodeTable, type SegmentCut } from './split-segments.js';

/** Where a place sits on a network: its node, and how far it was moved to get there (metres). */
export interface Placement {
  readonly node: number;
  readonly offsetM: number;
}

/** The road network and where the road places landed on it. */
export interface BuiltRoadNetwork {
  readonly network: ModeNetwork;
  readonly placements: ReadonlyMap<string, Placement>;
  /** Place ids farther than the tolerance from every segment. */
  readonly unsnapped: readonly string[];
}

/** Smallest grid cell in metres: tiny tolerances must not make long segments span millions of cells. */
const MIN_CELL_M = 2000;

/**
 * Builds the road network: snaps each place onto the nearest segment within `toleranceM` (turf nearest
 * point on line), cuts that segment there unless the point is within half a metre of an end, and
 * compiles the links.
 */
export function buildRoadNetwork(roads: readonly RoadSegment[], places: readonly Place[], toleranceM: number): BuiltRoadNetwork {
  const lines = roads.map((r) => r.geometry.coordinates);
  const grid = new SegmentGrid(lines, Math.max(toleranceM, MIN_CELL_M));
  const cuts = new Map<number, SegmentCut[]>();
  const placeKey = new Map<string, { key: string; offsetM: number }>();
  const unsnapped: string[] = [];
  for (const place of places) {
    const hit = snapPoint(grid, lines, place.lon, place.lat, toleranceM);
    if (hit === null) {
      unsnapped.push(place.id);
      continue;
    }
    const segment = roads[hit.line]!;
    const atM = Math.round(hit.fraction * segment.lengthM);
    let key: string;
    if (atM <= 0) key = segment.fromNode;
    else if (atM >= segment.lengthM) key = segment.toNode;
    else {
      key = cutNodeKey(segment.id, atM);
      const list = cuts.get(hit.line) ?? [];
      list.push({ atM, point: hit.point, vertexIndex: hit.vertexIndex });
      cuts.set(hit.line, list);
    }
    placeKey.set(place.id, { key, offsetM: hit.offsetM });
  }
  const nodes: NodeTable = { keys: [], positions: [] as Position[], indexByKey: new Map() };
  const links: RoadLink[] = [];
  roads.forEach((segment, i) => splitSegment(segment, cuts.get(i) ?? [], nodes, links));
  const placements = new Map<string, Placement>();
  for (const [id, { key, offsetM }] of placeKey) placements.set(id, { node: nodes.indexByKey.get(key)!, offsetM });
  return { network: assembleModeNetwork('road', nodes.keys, nodes.positions, links), placements, unsnapped };
}
