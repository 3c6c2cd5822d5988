/**
 * A binary min-heap of node indices keyed by numbers, with decrease-key: the priority queue of the
 * CSR Dijkstra. All storage is typed arrays allocated once; no operation allocates.
 */
export class IndexedMinHeap {
  #size = 0;
  /** Heap slots: node at each position. */
  readonly #nodes: Int32Array;
  /** Heap slots: key at each position (kept beside the node for cache locality). */
  readonly #keys: Float64Array;
  /** Position of each node in the heap; only meaningful while the node is in it. */
  readonly #pos: Int32Array;

  /** A heap for nodes `0 .. nodeCount - 1`. */
  constructor(nodeCount: number) {
    this.#nodes = new Int32Array(nodeCount);
    this.#keys = new Float64Array(nodeCount);
    this.#pos = new Int32Array(nodeCount);
  }

  /** Number of nodes in the heap. */
  get size(): number {
    return this.#size;
  }

  /** Empties the heap in O(1). */
  clear(): void {
    this.#size = 0;
  }

  /** Inserts a node that is not in the heap. */
  push(node: number, key: number): void {
    this.#siftUp(this.#size++, node, key);
  }

  /** Lowers the key of a node that is in the heap. */
  decrease(node: number, key: number): void {
    this.#siftUp(this.#pos[node]!, node, key);
  }

  /** Removes and returns the node with the smallest key; the heap must not be empty. */
  pop(): number {
    const nodes = this.#nodes;
    const top = nodes[0]!;
    const last = --this.#size;
    if (last > 0) this.#siftDown(nodes[last]!, this.#keys[last]!);
    return top;
  }

  #siftUp(hole: number, node: number, key: number): void {
    const nodes = this.#nodes;
    const keys = this.#keys;
    const pos = this.#pos;
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

  /** Places `node` (taken from the last slot) starting at the root. */
  #siftDown(node: number, key: number): void {
    const nodes = this.#nodes;
    const keys = this.#keys;
    const pos = this.#pos;
    const size = this.#size;
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
}
