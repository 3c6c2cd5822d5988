import type { LineStringGeometry, Position } from '../domain/geo.js';
import type { ArcCosts } from './arc-costs.js';
import type { DijkstraSearch } from './dijkstra-search.js';
import type { ModeNetwork } from './mode-network.js';
import { linkSourceId } from './network-link.js';

/** One link travelled on a path, for the map and for checking speeds. */
export interface PathStep {
  /** Road segment or waterway leg id. */
  readonly segmentId: string;
  /** Metres travelled on this link. */
  readonly lengthM: number;
  /** Speed used on it in km/h (the lowest cap that applies). */
  readonly speedKmh: number;
}

/** A matrix entry expanded into its route. */
export interface TravelPath {
  readonly fromPlaceId: string;
  readonly toPlaceId: string;
  /** Segment (or leg) ids in travel order; a segment cut by snapped places is listed once per pass. */
  readonly segmentIds: readonly string[];
  /** The route as one line, WGS84, in travel order (two equal positions when from and to coincide). */
  readonly geometry: LineStringGeometry;
  /** The links one by one. */
  readonly steps: readonly PathStep[];
  /** Lowest speed cap in km/h on the way; null for an empty path. */
  readonly lowestSpeedCapKmh: number | null;
  /** Whether the path uses a low-grade road (technical grade >= 3). */
  readonly usesLowGrade: boolean;
  /** Length in metres. */
  readonly lengthM: number;
  /** Duration in whole seconds, equal to the matrix entry (boarding time included for boats). */
  readonly durationS: number;
}

/** The arcs from the last run's source to `target`, in travel order. */
function arcsTo(search: DijkstraSearch, net: ModeNetwork, target: number): number[] {
  const arcs: number[] = [];
  for (let a = search.predArc[target]!; a >= 0; a = search.predArc[net.csr.tail[a]!]!) arcs.push(a);
  return arcs.reverse();
}

/** Joins arc geometries into one line, dropping the repeated junction positions. */
function joinGeometry(net: ModeNetwork, arcs: readonly number[], at: Position): Position[] {
  const out: Position[] = [];
  for (const a of arcs) {
    const link = net.links[net.csr.link[a]!]!;
    const coords = net.csr.forward[a] === 1 ? link.geometry : [...link.geometry].reverse();
    for (const p of coords) {
      const last = out[out.length - 1];
      if (last === undefined || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
  }
  if (out.length === 0) return [at, at];
  return out.length === 1 ? [out[0]!, out[0]!] : out;
}

/**
 * Expands the path to a settled `target` of the last search run into a `TravelPath`. `boardingMs` is
 * added once when the path has at least one link (boats: boarding at the departure pier).
 */
export function expandPath(
  search: DijkstraSearch,
  net: ModeNetwork,
  costs: ArcCosts,
  target: number,
  ends: { readonly fromPlaceId: string; readonly toPlaceId: string; readonly boardingMs: number },
): TravelPath {
  const arcs = arcsTo(search, net, target);
  const steps = arcs.map((a) => ({
    segmentId: linkSourceId(net.links[net.csr.link[a]!]!),
    lengthM: net.csr.lengthM[a]!,
    speedKmh: costs.speedKmh[a]!,
  }));
  const segmentIds = steps.map((s) => s.segmentId).filter((id, k, all) => k === 0 || id !== all[k - 1]);
  const timeMs = search.timeMs[target]! + (arcs.length > 0 ? ends.boardingMs : 0);
  return {
    fromPlaceId: ends.fromPlaceId,
    toPlaceId: ends.toPlaceId,
    segmentIds,
    geometry: { type: 'LineString', coordinates: joinGeometry(net, arcs, net.nodePositions[target]!) },
    steps,
    lowestSpeedCapKmh: arcs.length > 0 ? search.minSpeedKmh[target]! : null,
    usesLowGrade: search.lowGrade[target] === 1,
    lengthM: search.lengthM[target]!,
    durationS: Math.ceil(timeMs / 1000),
  };
}
