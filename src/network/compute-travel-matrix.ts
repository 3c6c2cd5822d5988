import { NotFound } from '../domain/errors.js';
import type { ArcCosts } from './arc-costs.js';
import { computeArcCosts } from './arc-costs.js';
import type { RoadNetwork } from './build-network.js';
import { createDijkstraSearch, type DijkstraSearch } from './dijkstra-search.js';
import { optionsKey, parseMatrixOptions, type MatrixOptions, type MatrixOptionsInput } from './matrix-options.js';
import type { ModeNetwork } from './mode-network.js';
import { expandPath, type TravelPath } from './travel-path.js';
import { TravelMatrix, type MatrixEntries } from './travel-matrix.js';

/** The node of each place on a mode's network, -1 where the place is not on it. */
function placeNodes(network: RoadNetwork, mode: 'road' | 'water', placeIds: readonly string[]): Int32Array {
  const placements = mode === 'road' ? network.roadPlacements : network.waterPlacements;
  const nodes = new Int32Array(placeIds.length);
  placeIds.forEach((id, i) => {
    if (!network.places.has(id)) throw new NotFound(`network: unknown place "${id}"`);
    nodes[i] = placements.get(id)?.node ?? -1;
  });
  return nodes;
}

/** Runs one search per source and fills the matrix arrays. */
function computeEntries(search: DijkstraSearch, nodes: Int32Array, boardingMs: number): MatrixEntries {
  const n = nodes.length;
  const durationS = new Int32Array(n * n).fill(-1);
  const distanceM = new Int32Array(n * n).fill(-1);
  const lowGrade = new Uint8Array(n * n);
  const lowestSpeedKmh = new Uint8Array(n * n);
  for (let i = 0; i < n; i++) {
    const source = nodes[i]!;
    if (source < 0) continue;
    search.run(source, nodes);
    for (let j = 0; j < n; j++) {
      const t = nodes[j]!;
      if (t < 0) continue;
      const timeMs = search.timeMs[t]!;
      if (timeMs === Infinity) continue;
      const k = i * n + j;
      durationS[k] = Math.ceil((timeMs > 0 ? timeMs + boardingMs : 0) / 1000);
      distanceM[k] = search.lengthM[t]!;
      lowGrade[k] = search.lowGrade[t]!;
      lowestSpeedKmh[k] = timeMs > 0 ? search.minSpeedKmh[t]! : 0;
    }
  }
  return { durationS, distanceM, lowGrade, lowestSpeedKmh };
}

/** A path expander that re-runs the search of row i (kept for the next call of the same row). */
function pathExpander(net: ModeNetwork, costs: ArcCosts, nodes: Int32Array, placeIds: readonly string[], boardingMs: number) {
  let search: DijkstraSearch | null = null;
  let lastRow = -1;
  return (i: number, j: number): TravelPath | null => {
    search ??= createDijkstraSearch(net.csr, costs);
    // Same algorithm, same targets: the labels, hence the path, are those of the matrix entry.
    if (lastRow !== i) search.run(nodes[i]!, nodes);
    lastRow = i;
    const target = nodes[j]!;
    if (target < 0 || search.timeMs[target] === Infinity) return null;
    return expandPath(search, net, costs, target, { fromPlaceId: placeIds[i]!, toPlaceId: placeIds[j]!, boardingMs });
  };
}

/** Computes (without the cache) a travel matrix for parsed options. */
export function computeTravelMatrix(network: RoadNetwork, o: MatrixOptions, placeIds: readonly string[]): TravelMatrix {
  const mode = o.profile === 'boat' ? 'water' : 'road';
  const net = mode === 'road' ? network.road : network.water;
  const nodes = placeNodes(network, mode, placeIds);
  const costs = network.cache.costs.getOrCompute(optionsKey(o), () => computeArcCosts(net, o));
  const boardingMs = o.profile === 'boat' ? o.policy.boardingS * 1000 : 0;
  const entries = computeEntries(createDijkstraSearch(net.csr, costs), nodes, boardingMs);
  return new TravelMatrix(o.profile, [...placeIds], entries, pathExpander(net, costs, nodes, placeIds, boardingMs));
}

/**
 * Many-to-many travel times and distances between places, under a profile and the day's conditions:
 * one early-stopping CSR Dijkstra per source. Results are cached on the network by (profile,
 * conditions, at, avoidLowGrade, policy, placeIds). Unknown place ids throw `NotFound`; places off the
 * profile's network (a water-only village in a road matrix) give unreachable entries.
 *
 * @example
 * const m = travelMatrix(network, { profile: 'loaded', conditions: { weather: 'rain', closed: [] }, at: '2026-12-04' }, ids);
 * if (m.reachable(0, 1)) console.log(m.durationSAt(0, 1), m.path(0, 1)?.geometry);
 */
export function travelMatrix(network: RoadNetwork, options: MatrixOptionsInput, placeIds: readonly string[]): TravelMatrix {
  const o = parseMatrixOptions(options);
  const key = `${optionsKey(o)}|${JSON.stringify(placeIds)}`;
  return network.cache.matrices.getOrCompute(key, () => computeTravelMatrix(network, o, placeIds));
}
