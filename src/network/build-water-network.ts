import type { Position } from '../domain/geo.js';
import type { Place } from '../domain/place.js';
import type { WaterwayLeg } from '../domain/waterway-leg.js';
import type { Placement } from './build-road-network.js';
import { assembleModeNetwork, type ModeNetwork } from './mode-network.js';
import type { WaterLink } from './network-link.js';
import { nodeFor, type NodeTable } from './split-segments.js';

/** The waterway network and where the water places landed on it. */
export interface BuiltWaterNetwork {
  readonly network: ModeNetwork;
  readonly placements: ReadonlyMap<string, Placement>;
}

/**
 * Builds the waterway network: one node per place that a leg starts or ends at (keyed by place id),
 * one two-way link per leg. A place is on the water network exactly when it is a leg's endpoint.
 */
export function buildWaterNetwork(waterways: readonly WaterwayLeg[], placesById: ReadonlyMap<string, Place>): BuiltWaterNetwork {
  const nodes: NodeTable = { keys: [], positions: [] as Position[], indexByKey: new Map() };
  const at = (placeId: string, fallback: Position): number => {
    const p = placesById.get(placeId);
    return nodeFor(nodes, placeId, p === undefined ? fallback : [p.lon, p.lat]);
  };
  const links: WaterLink[] = waterways.map((leg, index) => {
    const coords = leg.geometry.coordinates;
    return {
      kind: 'water',
      index,
      fromNode: at(leg.fromPlaceId, coords[0]!),
      toNode: at(leg.toPlaceId, coords[coords.length - 1]!),
      lengthM: leg.lengthM,
      geometry: coords,
      oneway: false,
      leg,
    };
  });
  const placements = new Map<string, Placement>();
  for (const [key, node] of nodes.indexByKey) placements.set(key, { node, offsetM: 0 });
  return { network: assembleModeNetwork('water', nodes.keys, nodes.positions, links), placements };
}
