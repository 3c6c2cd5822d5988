import type { CsrGraph } from './csr-graph.js';

/**
 * Strongly connected components of a CSR graph (Tarjan 1972, iterative so that long roads do not
 * overflow the call stack). Returns the component id of every node; ids are arbitrary but dense.
 */
export function strongComponents(g: CsrGraph): Int32Array {
  const n = g.nodeCount;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const comp = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callArc = new Int32Array(n);
  let sp = 0;
  let counter = 0;
  let comps = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callArc[0] = g.offsets[root]!;
    index[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const u = callNode[depth]!;
      const a = callArc[depth]!;
      if (a < g.offsets[u + 1]!) {
        callArc[depth] = a + 1;
        const v = g.head[a]!;
        if (index[v] === -1) {
          index[v] = low[v] = counter++;
          stack[sp++] = v;
          onStack[v] = 1;
          depth += 1;
          callNode[depth] = v;
          callArc[depth] = g.offsets[v]!;
        } else if (onStack[v] === 1) {
          low[u] = Math.min(low[u]!, index[v]!);
        }
        continue;
      }
      if (low[u] === index[u]) {
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          comp[w] = comps;
        } while (w !== u);
        comps += 1;
      }
      depth -= 1;
      if (depth >= 0) {
        const parent = callNode[depth]!;
        low[parent] = Math.min(low[parent]!, low[u]!);
      }
    }
  }
  return comp;
}

/** The id of the largest component (most nodes; ties go to the component of the lowest node), or -1. */
export function largestComponent(comp: Int32Array): number {
  const sizes = new Map<number, number>();
  for (const c of comp) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  let best = -1;
  let bestSize = 0;
  for (const c of comp) {
    const size = sizes.get(c) ?? 0;
    if (size > bestSize) {
      best = c;
      bestSize = size;
    }
  }
  return best;
}
