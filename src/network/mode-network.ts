import { MultiDirectedGraph } from 'graphology';
import type { Position } from '../domain/geo.js';
import { compileCsr, type CsrGraph } from './csr-graph.js';
import type { NetworkLink } from './network-link.js';

/** Attributes of a graphology node: its CSR index and WGS84 position. */
export interface NodeAttributes {
  readonly index: number;
  readonly lon: number;
  readonly lat: number;
}

/** Attributes of a graphology edge: one directed arc, with its CSR arc and link indices. */
export interface ArcAttributes {
  readonly arc: number;
  readonly link: number;
  /** Length in metres. */
  readonly lengthM: number;
}

/** The graphology model of a network: one directed edge per arc, keyed `a<arc>`. */
export type NetworkGraph = MultiDirectedGraph<NodeAttributes, ArcAttributes>;

/**
 * One travel mode's network (roads, or the reservoir's waterways): nodes, links, the graphology model
 * for inspection and modelling, and the CSR arrays the shortest-path code runs on. The two views are
 * built from the same links and agree arc for arc.
 */
export interface ModeNetwork {
  readonly mode: 'road' | 'water';
  /** Node keys: road node ids, `<segmentId>@<metres>` for split points, place ids on the water. */
  readonly nodeKeys: readonly string[];
  /** Node positions, WGS84, by node index. */
  readonly nodePositions: readonly Position[];
  readonly links: readonly NetworkLink[];
  readonly csr: CsrGraph;
  readonly graph: NetworkGraph;
}

/** Builds both views of a mode's network from its nodes and links. */
export function assembleModeNetwork(
  mode: 'road' | 'water',
  nodeKeys: readonly string[],
  nodePositions: readonly Position[],
  links: readonly NetworkLink[],
): ModeNetwork {
  const csr = compileCsr(nodeKeys.length, links);
  const graph: NetworkGraph = new MultiDirectedGraph<NodeAttributes, ArcAttributes>();
  nodeKeys.forEach((key, index) => {
    const [lon, lat] = nodePositions[index] ?? [0, 0];
    graph.addNode(key, { index, lon, lat });
  });
  for (let a = 0; a < csr.arcCount; a++) {
    graph.addDirectedEdgeWithKey(`a${a}`, nodeKeys[csr.tail[a]!], nodeKeys[csr.head[a]!], {
      arc: a,
      link: csr.link[a]!,
      lengthM: csr.lengthM[a]!,
    });
  }
  return { mode, nodeKeys, nodePositions, links, csr, graph };
}
