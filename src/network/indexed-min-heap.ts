/**
 * A binary min-heap with decrease-key over three caller-owned typed arrays: `nodes` and `keys` hold the
 * heap slots, `pos` the slot of each node. The caller keeps the size in a local variable. The functions
 * take the arrays as arguments (not an object) so that V8 inlines them into the Dijkstra loop with the
 * arrays already at hand; a heap object with methods measured about 25% slower in that loop.
 *
 * Push: `siftUp(nodes, keys, pos, size++, node, key)`.
 * Decrease-key: `siftUp(nodes, keys, pos, pos[node], node, newKey)`.
 * Pop: `top = nodes[0]; if (--size > 0) siftDown(nodes, keys, pos, size, nodes[size], keys[size])`.
 */

/** Moves `node` with `key` up from slot `hole` to where the heap order holds. */
export function siftUp(nodes: Int32Array, keys: Float64Array, pos: Int32Array, hole: number, node: number, key: number): void {
  while (hole > 0) {
    const parent = (hole - 1) >> 1;
    const pk = keys[parent]!;
    if (pk <= key) break;
    const pn = nodes[parent]!;
    nodes[hole] = pn;
    keys[hole] = pk;
    pos[pn] = hole;
    hole = parent;
  }
  nodes[hole] = node;
  keys[hole] = key;
  pos[node] = hole;
}

/** Places `node` with `key` into the root slot of a heap of `size` slots and moves it down. */
export function siftDown(nodes: Int32Array, keys: Float64Array, pos: Int32Array, size: number, node: number, key: number): void {
  let hole = 0;
  for (;;) {
    let child = 2 * hole + 1;
    if (child >= size) break;
    if (child + 1 < size && keys[child + 1]! < keys[child]!) child += 1;
    const ck = keys[child]!;
    if (ck >= key) break;
    const cn = nodes[child]!;
    nodes[hole] = cn;
    keys[hole] = ck;
    pos[cn] = hole;
    hole = child;
  }
  nodes[hole] = node;
  keys[hole] = key;
  pos[node] = hole;
}
