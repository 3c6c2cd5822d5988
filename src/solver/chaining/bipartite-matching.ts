/**
 * Maximum bipartite matching by Hopcroft–Karp (1973), O(E·√V), on a CSR adjacency of typed arrays.
 * Left vertex `u` may be matched to any right vertex in `targets[offsets[u] .. offsets[u+1])`.
 */
export interface CsrAdjacency {
  /** Number of left vertices. */
  readonly leftCount: number;
  /** Number of right vertices. */
  readonly rightCount: number;
  /** `offsets[u]` .. `offsets[u + 1]` index the targets of left vertex `u` (length leftCount + 1). */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

/** A matching: `matchLeft[u]` is the right vertex matched to `u` (or -1), and the reverse. */
export interface Matching {
  readonly size: number;
  readonly matchLeft: Int32Array;
  readonly matchRight: Int32Array;
}

const INF = 0x3fffffff;

/** Computes a maximum matching. Allocates its work arrays once per call. */
export function maximumMatching(g: CsrAdjacency): Matching {
  const { leftCount, rightCount, offsets, targets } = g;
  const matchLeft = new Int32Array(leftCount).fill(-1);
  const matchRight = new Int32Array(rightCount).fill(-1);
  const dist = new Int32Array(leftCount);
  const queue = new Int32Array(leftCount);
  const stack = new Int32Array(leftCount);
  const cursor = new Int32Array(leftCount);
  let size = 0;

  // Greedy start: match each left vertex to its first free target.
  for (let u = 0; u < leftCount; u++) {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const v = targets[e]!;
      if (matchRight[v] === -1) {
        matchLeft[u] = v;
        matchRight[v] = u;
        size++;
        break;
      }
    }
  }

  for (;;) {
    // BFS from free left vertices, layering by alternating paths.
    let head = 0;
    let tail = 0;
    for (let u = 0; u < leftCount; u++) {
      if (matchLeft[u] === -1) {
        dist[u] = 0;
        queue[tail++] = u;
      } else dist[u] = INF;
    }
    let found = false;
    while (head < tail) {
      const u = queue[head++]!;
      for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
        const w = matchRight[targets[e]!]!;
        if (w === -1) found = true;
        else if (dist[w] === INF) {
          dist[w] = dist[u]! + 1;
          queue[tail++] = w;
        }
      }
    }
    if (!found) break;
    // Iterative DFS along the layers for vertex-disjoint shortest augmenting paths.
    for (let u = 0; u < leftCount; u++) cursor[u] = offsets[u]!;
    for (let root = 0; root < leftCount; root++) {
      if (matchLeft[root] !== -1) continue;
      if (augment(root, offsets, targets, matchLeft, matchRight, dist, cursor, stack)) size++;
    }
  }
  return { size, matchLeft, matchRight };
}

function augment(
  root: number,
  offsets: Int32Array,
  targets: Int32Array,
  matchLeft: Int32Array,
  matchRight: Int32Array,
  dist: Int32Array,
  cursor: Int32Array,
  stack: Int32Array,
): boolean {
  let top = 0;
  stack[top++] = root;
  while (top > 0) {
    const u = stack[top - 1]!;
    if (cursor[u]! >= offsets[u + 1]!) {
      dist[u] = INF; // dead end: never revisit in this phase
      top--;
      continue;
    }
    const v = targets[cursor[u]!]!;
    const w = matchRight[v]!;
    if (w === -1) {
      // Flip the path root → … → u → v.
      for (let i = top - 1; i >= 0; i--) {
        const left = stack[i]!;
        const right = targets[cursor[left]!]!;
        matchRight[right] = left;
        matchLeft[left] = right;
      }
      return true;
    }
    if (dist[w] === dist[u]! + 1) stack[top++] = w;
    else cursor[u]!++;
  }
  return false;
}
