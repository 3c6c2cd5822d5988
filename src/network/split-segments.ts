import type { Position } from '../domain/geo.js';
import type { RoadSegment } from '../domain/road-segment.js';
import type { RoadLink } from './network-link.js';

/** A point where a segment is cut so that a place gets a node of its own. */
export interface SegmentCut {
  /** Distance from the segment's start in whole metres, strictly between 0 and `lengthM`. */
  readonly atM: number;
  /** The cut point, WGS84. */
  readonly point: Position;
  /** Geometry segment index the point lies on (between vertex k and k + 1). */
  readonly vertexIndex: number;
}

/** The growing node table the road network is built into. */
export interface NodeTable {
  readonly keys: string[];
  readonly positions: Position[];
  readonly indexByKey: Map<string, number>;
}

/** Adds a node (or finds it) and returns its index. */
export function nodeFor(nodes: NodeTable, key: string, position: Position): number {
  const known = nodes.indexByKey.get(key);
  if (known !== undefined) return known;
  const index = nodes.keys.length;
  nodes.keys.push(key);
  nodes.positions.push(position);
  nodes.indexByKey.set(key, index);
  return index;
}

/** Key of the node made by cutting a segment `atM` metres from its start. */
export function cutNodeKey(segmentId: string, atM: number): string {
  return `${segmentId}@${atM}`;
}

interface Boundary {
  readonly atM: number;
  readonly node: number;
  readonly point: Position;
  readonly vertexIndex: number;
}

/** The geometry between two boundaries: their points and the vertices between, without repeats. */
function sliceGeometry(coords: readonly Position[], a: Boundary, b: Boundary): Position[] {
  const out: Position[] = [a.point];
  for (let k = a.vertexIndex + 1; k <= b.vertexIndex; k++) out.push(coords[k] as Position);
  out.push(b.point);
  const kept = out.filter((p, i) => i === 0 || p[0] !== out[i - 1]![0] || p[1] !== out[i - 1]![1]);
  return kept.length >= 2 ? kept : [a.point, b.point];
}

/**
 * Cuts one segment at the given points (any order; equal `atM` share a node) into road links appended
 * to `links`. Piece lengths are differences of the whole-metre cut positions, so they add up to the
 * segment's `lengthM` exactly.
 */
export function splitSegment(segment: RoadSegment, cuts: readonly SegmentCut[], nodes: NodeTable, links: RoadLink[]): void {
  const coords = segment.geometry.coordinates;
  const last = coords.length - 1;
  const start: Boundary = { atM: 0, node: nodeFor(nodes, segment.fromNode, coords[0]!), point: coords[0]!, vertexIndex: 0 };
  const end: Boundary = { atM: segment.lengthM, node: nodeFor(nodes, segment.toNode, coords[last]!), point: coords[last]!, vertexIndex: last - 1 };
  const inner = [...cuts]
    .sort((p, q) => p.atM - q.atM)
    .filter((c, i, all) => i === 0 || c.atM !== all[i - 1]!.atM)
    .map((c): Boundary => ({ ...c, node: nodeFor(nodes, cutNodeKey(segment.id, c.atM), c.point) }));
  const bounds = [start, ...inner, end];
  for (let i = 1; i < bounds.length; i++) {
    const a = bounds[i - 1]!;
    const b = bounds[i]!;
    links.push({
      kind: 'road',
      index: links.length,
      fromNode: a.node,
      toNode: b.node,
      lengthM: b.atM - a.atM,
      geometry: sliceGeometry(coords, a, b),
      oneway: segment.oneway,
      segment,
    });
  }
}
