import { isLowGrade, type NetworkLink } from './network-link.js';

/**
 * A directed graph in compressed sparse row form: the arcs leaving node `u` are
 * `offsets[u] .. offsets[u + 1] - 1`. Every two-way link gives two arcs, a one-way link one.
 * Built once per network; the per-conditions costs are separate arrays indexed by arc.
 */
export interface CsrGraph {
  readonly nodeCount: number;
  readonly arcCount: number;
  /** Length nodeCount + 1: first arc of each node. */
  readonly offsets: Int32Array;
  /** Head node of each arc. */
  readonly head: Int32Array;
  /** Tail node of each arc (to walk a path back). */
  readonly tail: Int32Array;
  /** Link index of each arc. */
  readonly link: Int32Array;
  /** 1 when the arc runs along the link's geometry, 0 when against it. */
  readonly forward: Uint8Array;
  /** Length of each arc in metres. */
  readonly lengthM: Int32Array;
  /** 1 when the arc is on a low-grade road (technical grade >= 3). */
  readonly lowGrade: Uint8Array;
}

/** Compiles links into CSR arrays; arcs of a node keep link order (forward arc before backward). */
export function compileCsr(nodeCount: number, links: readonly NetworkLink[]): CsrGraph {
  const offsets = new Int32Array(nodeCount + 1);
  for (const l of links) {
    offsets[l.fromNode + 1]! += 1;
    if (!l.oneway) offsets[l.toNode + 1]! += 1;
  }
  for (let u = 0; u < nodeCount; u++) offsets[u + 1]! += offsets[u]!;
  const arcCount = offsets[nodeCount]!;
  const next = offsets.slice(0, nodeCount);
  const csr: CsrGraph = {
    nodeCount,
    arcCount,
    offsets,
    head: new Int32Array(arcCount),
    tail: new Int32Array(arcCount),
    link: new Int32Array(arcCount),
    forward: new Uint8Array(arcCount),
    lengthM: new Int32Array(arcCount),
    lowGrade: new Uint8Array(arcCount),
  };
  const put = (l: NetworkLink, from: number, to: number, forward: boolean): void => {
    const a = next[from]!;
    next[from] = a + 1;
    csr.head[a] = to;
    csr.tail[a] = from;
    csr.link[a] = l.index;
    csr.forward[a] = forward ? 1 : 0;
    csr.lengthM[a] = l.lengthM;
    csr.lowGrade[a] = isLowGrade(l) ? 1 : 0;
  };
  for (const l of links) {
    put(l, l.fromNode, l.toNode, true);
    if (!l.oneway) put(l, l.toNode, l.fromNode, false);
  }
  return csr;
}
