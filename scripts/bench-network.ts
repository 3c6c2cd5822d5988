/**
 * `npm run bench:network [-- --json] [-- --data DIR]`: travel-matrix timings of our CSR Dijkstra against
 * graphology-shortest-path's Dijkstra, on the county network (when data/suichang exists) and on a
 * SYNTHETIC 50,000-node road-like grid. graphology runs a few sources per matrix and its time is scaled
 * to the full matrix. Progress goes to stderr; stdout holds only the table (or JSON rows).
 */
import { existsSync } from 'node:fs';
import { readDataset } from '../src/dataset/index.js';
import {
  buildNetwork,
  computeArcCosts,
  computeTravelMatrix,
  parseMatrixOptions,
  type MatrixOptions,
  type MatrixOptionsInput,
  type RoadNetwork,
  type TravelMatrix,
} from '../src/network/index.js';
import { printRows, type BenchRow } from './bench-network/bench-table.js';
import { countyPlaceIds } from './bench-network/county-places.js';
import { timeGraphology } from './bench-network/graphology-timing.js';
import { syntheticRoadNetwork } from './bench-network/synthetic-road-network.js';

/** County dataset folder: `--data DIR`, default data/suichang. */
const dataFlag = process.argv.indexOf('--data');
const COUNTY_DIR = dataFlag >= 0 ? (process.argv[dataFlag + 1] ?? 'data/suichang') : 'data/suichang';
const SYNTHETIC = { side: 224, seed: 20261204, deleteShare: 0.1, places: 2400 } as const;
const log = (message: string): void => void process.stderr.write(`${message}\n`);

/** Our timing of one matrix, kept for the graphology comparison that runs afterwards. */
interface OursTiming {
  readonly graph: string;
  readonly options: MatrixOptions;
  readonly ids: readonly string[];
  readonly matrix: TravelMatrix;
  readonly oursS: number;
  readonly oursCpuS: number;
}

/** Times one matrix with a cold cache (after a GC when `--expose-gc` is on). */
function timeOurs(graph: string, network: RoadNetwork, options: MatrixOptionsInput, ids: readonly string[]): OursTiming {
  const o = parseMatrixOptions(options);
  network.cache.clear();
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  const cpu = process.cpuUsage();
  const matrix = computeTravelMatrix(network, o, ids);
  const oursS = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { graph, options: o, ids, matrix, oursS, oursCpuS: (used.user + used.system) / 1e6 };
}

/**
 * Times graphology on a sample of a timed matrix's sources, checks its paths agree with our entries, and
 * makes the row. Run after all of ours, so that graphology's garbage is not collected during our timings.
 */
function compare(network: RoadNetwork, t: OursTiming, sampleSources: number): BenchRow {
  const o = t.options;
  const net = o.profile === 'boat' ? network.water : network.road;
  const placements = o.profile === 'boat' ? network.waterPlacements : network.roadPlacements;
  const nodes = new Int32Array(t.ids.map((id) => placements.get(id)?.node ?? -1));
  const costs = computeArcCosts(net, o);
  const g = timeGraphology(net, costs, t.matrix, nodes, sampleSources, o.profile === 'boat' ? o.policy.boardingS * 1000 : 0);
  if (g.mismatches > 0) throw new Error(`bench: graphology and ours disagree on ${g.mismatches} of ${g.sampled} entries (${t.graph})`);
  const graphologyS = g.secondsPerSource * t.ids.length;
  const size = t.ids.length;
  log(`${t.graph} ${size}x${size}: ours ${t.oursS.toFixed(3)} s wall, ${t.oursCpuS.toFixed(3)} s CPU; graphology ${g.secondsPerSource.toFixed(3)} s/source, ${g.sampled} entries checked equal`);
  return { graph: t.graph, nodes: net.csr.nodeCount, size, oursS: t.oursS, graphologyS, ratio: graphologyS / t.oursS };
}

async function countyRows(): Promise<BenchRow[]> {
  if (!existsSync(`${COUNTY_DIR}/dataset.json`)) {
    log(`county data missing: ${COUNTY_DIR}/dataset.json not found`);
    return [{ graph: `county (missing ${COUNTY_DIR})`, nodes: 0, size: 0, oursS: null, graphologyS: null, ratio: null }];
  }
  const dataset = await readDataset(COUNTY_DIR);
  const start = performance.now();
  const network = buildNetwork({ roads: dataset.roads, waterways: dataset.waterways, places: dataset.places });
  log(`county network built in ${((performance.now() - start) / 1000).toFixed(2)} s; problems: ${JSON.stringify({ unsnapped: network.problems.unsnapped.length, unreachable: network.problems.unreachable.length })}`);
  const ids = countyPlaceIds(dataset);
  const timed = [timeOurs('county loaded', network, { profile: 'loaded' }, ids), timeOurs('county empty', network, { profile: 'empty' }, ids)];
  return timed.map((t) => compare(network, t, 10));
}

function syntheticRows(): BenchRow[] {
  const { roads, places } = syntheticRoadNetwork(SYNTHETIC);
  const start = performance.now();
  const network = buildNetwork({ roads, waterways: [], places });
  log(`synthetic network (${network.road.csr.nodeCount} nodes, ${network.road.csr.arcCount} arcs) built in ${((performance.now() - start) / 1000).toFixed(2)} s`);
  const unreachable = new Set(network.problems.unreachable);
  const ids = places.map((p) => p.id).filter((id) => !unreachable.has(id));
  const timed = [100, 500, 2000].map((size) => timeOurs('synthetic 50k', network, { profile: 'loaded' }, ids.slice(0, size)));
  return timed.map((t) => compare(network, t, 3));
}

const json = process.argv.includes('--json');
const rows = [...(await countyRows()), ...syntheticRows()];
printRows(rows, json);
