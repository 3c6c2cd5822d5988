import { InvalidInput, type ErrorDetail } from '../domain/errors.js';
import type { Place } from '../domain/place.js';
import type { RoadSegment } from '../domain/road-segment.js';
import type { WaterwayLeg } from '../domain/waterway-leg.js';
import { buildRoadNetwork, type Placement } from './build-road-network.js';
import { buildWaterNetwork } from './build-water-network.js';
import { MatrixCache } from './matrix-cache.js';
import type { ModeNetwork } from './mode-network.js';
import { findPlaceProblems, type NetworkProblems } from './place-problems.js';

/** Default snapping tolerance in metres: a place farther than this from every road is unsnapped. */
export const DEFAULT_SNAP_TOLERANCE_M = 2000;

/** What a network is built from. */
export interface BuildNetworkInput {
  readonly roads: readonly RoadSegment[];
  readonly waterways: readonly WaterwayLeg[];
  readonly places: readonly Place[];
  /** Snapping tolerance in metres (default 2,000). */
  readonly snapToleranceM?: number;
}

/**
 * A county's road and waterway networks with its places snapped on, ready for travel matrices.
 * Named after the road network for short; `water` holds the reservoir's boat legs.
 */
export interface RoadNetwork {
  readonly road: ModeNetwork;
  readonly water: ModeNetwork;
  /** Every place given, by id. */
  readonly places: ReadonlyMap<string, Place>;
  /** Road node of each place with access `road` or `both` that could be snapped. */
  readonly roadPlacements: ReadonlyMap<string, Placement>;
  /** Water node of each place that is an endpoint of a waterway leg. */
  readonly waterPlacements: ReadonlyMap<string, Placement>;
  /** Places that could not be snapped or cannot be reached, by id. Never thrown. */
  readonly problems: NetworkProblems;
  readonly snapToleranceM: number;
  /** Matrices and link costs already computed on this network. */
  readonly cache: MatrixCache;
}

/** Reports ids that appear twice in a list, naming the field. */
function duplicates(list: ReadonlyArray<{ id: string }>, field: string): ErrorDetail[] {
  const seen = new Set<string>();
  const out: ErrorDetail[] = [];
  list.forEach((item, i) => {
    if (seen.has(item.id)) out.push({ field: `${field}[${i}].id`, message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
  return out;
}

function validate(input: BuildNetworkInput, toleranceM: number): void {
  const errors = [...duplicates(input.roads, 'roads'), ...duplicates(input.waterways, 'waterways'), ...duplicates(input.places, 'places')];
  if (!Number.isFinite(toleranceM) || toleranceM <= 0) {
    errors.push({ field: 'snapToleranceM', message: `must be a positive number of metres, got ${toleranceM}` });
  }
  if (errors.length > 0) throw new InvalidInput(`network: ${errors.length} problem(s) in the network input`, errors);
}

/**
 * Builds the road network (places with access `road` or `both` snapped on, segments cut there) and the
 * waterway network (places that legs start or end at), and reports the places that could not be snapped
 * or reached. Throws `InvalidInput` only for malformed input (duplicate ids, a bad tolerance).
 *
 * @example
 * const network = buildNetwork({ roads, waterways, places });
 * network.problems.unsnapped; // ['village-far-away']
 */
export function buildNetwork(input: BuildNetworkInput): RoadNetwork {
  const snapToleranceM = input.snapToleranceM ?? DEFAULT_SNAP_TOLERANCE_M;
  validate(input, snapToleranceM);
  const places = new Map(input.places.map((p) => [p.id, p]));
  const roadPlaces = input.places.filter((p) => p.access !== 'water');
  const road = buildRoadNetwork(input.roads, roadPlaces, snapToleranceM);
  const water = buildWaterNetwork(input.waterways, places);
  const problems = findPlaceProblems(input.places, road, water);
  return {
    road: road.network,
    water: water.network,
    places,
    roadPlacements: road.placements,
    waterPlacements: water.placements,
    problems,
    snapToleranceM,
    cache: new MatrixCache(),
  };
}
