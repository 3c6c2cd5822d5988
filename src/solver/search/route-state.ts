import { UNBOUNDED } from '../problem/problem-data.js';
import type { Instance } from '../problem/instance.js';
import { evaluationMode, modeCost, type EvaluationMode } from '../segment/evaluation-mode.js';
import { concat, concatWindows, copySegment, DIST, LATE, LOAD, SEG, setNodeSegment } from '../segment/segment.js';

/** A route as the search exchanges it: a vehicle type and internal client indices in visiting order. */
export interface RouteSpec {
  readonly type: number;
  readonly clients: readonly number[];
}

/** Number of scratch segment registers operators may use. */
export const REGISTERS = 8;

/**
 * The routes being improved, as doubly linked lists over nodes with prefix and suffix segments
 * (Vidal 2013 §4.3). Nodes 0..C−1 are clients; route slot r owns start node C+2r and end node C+2r+1.
 * Every slot has a fixed vehicle type; empty slots cost nothing.
 */
export class RouteState {
  readonly inst: Instance;
  readonly nbRoutes: number;
  readonly nbNodes: number;
  /** Clients routed (nodes below this are clients). */
  readonly nbClients: number;
  /** Next and previous node on the route. */
  readonly next: Int32Array;
  readonly prev: Int32Array;
  /** Route slot of each node. */
  readonly routeOf: Int32Array;
  /** Position of each node in its route (start depot 0). */
  readonly pos: Int32Array;
  /** Internal location of each node. */
  readonly loc: Int32Array;
  /** One-node segment of each node. */
  readonly nodeSeg: Float64Array;
  /** Segment from the route's start to the node, inclusive. */
  readonly pre: Float64Array;
  /** Segment from the node to the route's end, inclusive. */
  readonly suf: Float64Array;
  /** Scratch registers for evaluations, {@link REGISTERS} segments. */
  readonly reg: Float64Array;
  readonly routeType: Int32Array;
  /** Number of clients on each route. */
  readonly routeSize: Int32Array;
  /** Penalised cost of each route (0 when empty). */
  readonly routeCost: Float64Array;
  /** Distance cost plus fixed cost of each route (0 when empty): a lower bound of its cost when only distances are costed. */
  readonly routeBase: Float64Array;
  /** Load on board up to each node (the prefix's load, kept compact for the hot capacity checks). */
  readonly preLoad: Float64Array;
  /** Total load and distance of each route. */
  readonly routeLoad: Float64Array;
  readonly routeDistance: Float64Array;
  /** Move counter value when the route last changed. */
  readonly routeModified: Float64Array;
  /** Distance and duration matrix of each route's profile. */
  readonly routeDist: Int32Array[];
  readonly routeDur: Int32Array[];
  /**
   * Capacity-only mode: no binding window, duration, ride limit or time cost anywhere, so evaluations
   * track distance and load only (as HGS-CVRP does); every other segment field is left untouched.
   */
  readonly lite: boolean;
  /** Which segment fields evaluations keep up to date (see {@link evaluationMode}). */
  readonly mode: EvaluationMode;
  /** No ride-time limit or ride cost anywhere: evaluations skip the ride fields. */
  readonly noRides: boolean;
  loadPenalty = 1;
  timePenalty = 1;
  /** Most non-empty routes allowed: the fleet size, or less while minimising vehicles. */
  maxRoutes: number;
  /** Routes with at least one client. */
  nbNonEmpty = 0;
  /** Incremented on every applied move and every load; never reset, so it also stamps caches across runs. */
  moveCount = 0;

  constructor(inst: Instance) {
    this.inst = inst;
    const C = inst.nbClients;
    this.nbClients = C;
    const slots = Array.from(inst.types.slots);
    this.nbRoutes = slots.reduce((a, b) => a + b, 0);
    this.nbNodes = C + 2 * this.nbRoutes;
    this.maxRoutes = this.nbRoutes;
    const N = this.nbNodes;
    this.next = new Int32Array(N);
    this.prev = new Int32Array(N);
    this.routeOf = new Int32Array(N).fill(-1);
    this.pos = new Int32Array(N);
    this.loc = new Int32Array(N);
    this.nodeSeg = new Float64Array(N * SEG);
    this.pre = new Float64Array(N * SEG);
    this.suf = new Float64Array(N * SEG);
    this.reg = new Float64Array(REGISTERS * SEG);
    this.routeType = new Int32Array(this.nbRoutes);
    this.routeSize = new Int32Array(this.nbRoutes);
    this.routeCost = new Float64Array(this.nbRoutes);
    this.routeModified = new Float64Array(this.nbRoutes);
    this.routeBase = new Float64Array(this.nbRoutes);
    this.preLoad = new Float64Array(N);
    this.routeLoad = new Float64Array(this.nbRoutes);
    this.routeDistance = new Float64Array(this.nbRoutes);
    this.mode = evaluationMode(inst);
    this.lite = this.mode === 'capacity';
    this.noRides = this.mode !== 'full';
    this.routeDist = [];
    this.routeDur = [];
    for (let c = 0; c < C; c++) {
      this.loc[c] = inst.nbDepots + c;
      setNodeSegment(this.nodeSeg, c * SEG, inst.demand[c]!, inst.serviceS[c]!, inst.twEarlyS[c]!, inst.twLateS[c]!, inst.maxRideS[c]!);
    }
    let r = 0;
    slots.forEach((count, t) => {
      for (let k = 0; k < count; k++, r++) this.#initSlot(r, t);
    });
  }

  #initSlot(r: number, t: number): void {
    const T = this.inst.types;
    const s = this.startNode(r);
    const e = this.endNode(r);
    this.routeType[r] = t;
    this.routeDist.push(this.inst.dist[T.profile[t]!]!);
    this.routeDur.push(this.inst.dur[T.profile[t]!]!);
    this.loc[s] = T.startLoc[t]!;
    this.loc[e] = T.endLoc[t]!;
    setNodeSegment(this.nodeSeg, s * SEG, 0, 0, T.startEarlyS[t]!, T.startLateS[t]!, UNBOUNDED);
    setNodeSegment(this.nodeSeg, e * SEG, 0, 0, T.endEarlyS[t]!, T.endLateS[t]!, UNBOUNDED);
    this.next[s] = e;
    this.prev[e] = s;
    this.routeOf[s] = r;
    this.routeOf[e] = r;
  }

  /** Start depot node of route slot r. */
  startNode(r: number): number {
    return this.inst.nbClients + 2 * r;
  }

  /** End depot node of route slot r. */
  endNode(r: number): number {
    return this.inst.nbClients + 2 * r + 1;
  }

  /** True for depot nodes. */
  isDepot(node: number): boolean {
    return node >= this.nbClients;
  }

  /** Empties every slot, then places the given routes in free slots of their types. */
  load(routes: readonly RouteSpec[]): void {
    this.moveCount++;
    this.nbNonEmpty = 0;
    this.routeSize.fill(0);
    for (let r = 0; r < this.nbRoutes; r++) {
      this.next[this.startNode(r)] = this.endNode(r);
      this.prev[this.endNode(r)] = this.startNode(r);
    }
    const used = new Uint8Array(this.nbRoutes);
    for (const route of routes) {
      if (route.clients.length === 0) continue;
      let r = this.#freeSlot(used, route.type);
      if (r < 0) r = this.#freeSlot(used, -1);
      if (r < 0) throw new Error('route-state: more routes than vehicle slots');
      used[r] = 1;
      let last = this.startNode(r);
      for (const c of route.clients) {
        this.next[last] = c;
        this.prev[c] = last;
        last = c;
      }
      this.next[last] = this.endNode(r);
      this.prev[this.endNode(r)] = last;
    }
    for (let r = 0; r < this.nbRoutes; r++) this.updateRoute(r);
  }

  #freeSlot(used: Uint8Array, type: number): number {
    for (let r = 0; r < this.nbRoutes; r++) if (used[r] === 0 && (type < 0 || this.routeType[r] === type)) return r;
    return -1;
  }

  /** Recomputes positions, prefix and suffix segments and the cost of route r after its links changed. */
  updateRoute(r: number): void {
    const n = this.inst.nbLocations;
    const dm = this.routeDist[r]!;
    const tm = this.routeDur[r]!;
    const start = this.startNode(r);
    const end = this.endNode(r);
    copySegment(this.pre, start * SEG, this.nodeSeg, start * SEG);
    let p = start;
    let size = 0;
    for (let node = this.next[start]!; ; node = this.next[node]!) {
      const e = this.loc[p]! * n + this.loc[node]!;
      this.#join(this.pre, node * SEG, this.pre, p * SEG, this.nodeSeg, node * SEG, dm[e]!, tm[e]!);
      this.routeOf[node] = r;
      this.pos[node] = this.pos[p]! + 1;
      this.preLoad[node] = this.pre[node * SEG + LOAD]!;
      if (node === end) break;
      size++;
      p = node;
    }
    copySegment(this.suf, end * SEG, this.nodeSeg, end * SEG);
    for (let node = this.prev[end]!, q = end; ; q = node, node = this.prev[node]!) {
      const e = this.loc[node]! * n + this.loc[q]!;
      this.#join(this.suf, node * SEG, this.nodeSeg, node * SEG, this.suf, q * SEG, dm[e]!, tm[e]!);
      if (node === start) break;
    }
    this.nbNonEmpty += (size > 0 ? 1 : 0) - (this.routeSize[r]! > 0 ? 1 : 0);
    this.routeSize[r] = size;
    this.routeCost[r] = size === 0 ? 0 : this.costOf(this.pre, end * SEG, r);
    const t = this.routeType[r]!;
    const T = this.inst.types;
    this.routeLoad[r] = this.pre[end * SEG + LOAD]!;
    this.routeDistance[r] = this.pre[end * SEG + DIST]!;
    this.routeBase[r] = size === 0 ? 0 : T.unitDistanceCost[t]! * this.routeDistance[r]! + T.fixedCost[t]!;
    this.routeModified[r] = this.moveCount;
  }

  /** Concatenation restricted to the fields the current mode reads (capacity only, windows, or all). */
  #join(out: Float64Array, o: number, a: Float64Array, ai: number, b: Float64Array, bi: number, d: number, t: number): void {
    if (this.lite) {
      out[o + DIST] = a[ai + DIST]! + d + b[bi + DIST]!;
      out[o + LOAD] = a[ai + LOAD]! + b[bi + LOAD]!;
    } else if (this.noRides) concatWindows(out, o, a, ai, b, bi, d, t);
    else concat(out, o, a, ai, b, bi, d, t);
  }

  /** Penalised cost of a complete route segment held at `o` of `seg`, driven by route r's vehicle type. */
  costOf(seg: Float64Array, o: number, r: number): number {
    return modeCost(this.mode, this.inst, this.routeType[r]!, seg, o, this.loadPenalty, this.timePenalty);
  }

  /** reg[o] = prefix up to `node`; returns the node's location. */
  setPrefix(o: number, node: number): number {
    if (this.lite) {
      this.reg[o + DIST] = this.pre[node * SEG + DIST]!;
      this.reg[o + LOAD] = this.pre[node * SEG + LOAD]!;
    } else if (this.noRides) {
      for (let k = 0; k <= LATE; k++) this.reg[o + k] = this.pre[node * SEG + k]!;
    } else copySegment(this.reg, o, this.pre, node * SEG);
    return this.loc[node]!;
  }

  /** reg[o] ⊕= one node, using route r's matrices; returns the node's location. */
  appendNode(o: number, last: number, node: number, r: number): number {
    const l = this.loc[node]!;
    const e = last * this.inst.nbLocations + l;
    if (this.lite) {
      this.reg[o + DIST] = this.reg[o + DIST]! + this.routeDist[r]![e]!;
      this.reg[o + LOAD] = this.reg[o + LOAD]! + this.nodeSeg[node * SEG + LOAD]!;
    } else if (this.noRides) {
      concatWindows(this.reg, o, this.reg, o, this.nodeSeg, node * SEG, this.routeDist[r]![e]!, this.routeDur[r]![e]!);
    } else concat(this.reg, o, this.reg, o, this.nodeSeg, node * SEG, this.routeDist[r]![e]!, this.routeDur[r]![e]!);
    return l;
  }

  /** reg[o] ⊕= suffix from `node` to its route's end, using route r's matrices. */
  appendSuffix(o: number, last: number, node: number, r: number): void {
    const e = last * this.inst.nbLocations + this.loc[node]!;
    if (this.lite) {
      this.reg[o + DIST] = this.reg[o + DIST]! + this.routeDist[r]![e]! + this.suf[node * SEG + DIST]!;
      this.reg[o + LOAD] = this.reg[o + LOAD]! + this.suf[node * SEG + LOAD]!;
    } else if (this.noRides) {
      concatWindows(this.reg, o, this.reg, o, this.suf, node * SEG, this.routeDist[r]![e]!, this.routeDur[r]![e]!);
    } else concat(this.reg, o, this.reg, o, this.suf, node * SEG, this.routeDist[r]![e]!, this.routeDur[r]![e]!);
  }

  /** reg[o] ⊕= nodes from..to following `next` (to inclusive); returns the last location. */
  appendRange(o: number, last: number, from: number, to: number, r: number): number {
    let l = last;
    for (let node = from; ; node = this.next[node]!) {
      l = this.appendNode(o, l, node, r);
      if (node === to) return l;
    }
  }

  /** reg[o] ⊕= nodes from..to following `prev` (a reversed stretch); returns the last location. */
  appendRangeReversed(o: number, last: number, from: number, to: number, r: number): number {
    let l = last;
    for (let node = from; ; node = this.prev[node]!) {
      l = this.appendNode(o, l, node, r);
      if (node === to) return l;
    }
  }

  /** Detaches nodes first..last (a stretch of one route) and inserts them after `after`. */
  moveStretchAfter(first: number, last: number, after: number): void {
    const before = this.prev[first]!;
    const beyond = this.next[last]!;
    this.next[before] = beyond;
    this.prev[beyond] = before;
    const afterNext = this.next[after]!;
    this.next[after] = first;
    this.prev[first] = after;
    this.next[last] = afterNext;
    this.prev[afterNext] = last;
  }

  /** Sum of route costs: the penalised cost of the whole solution. */
  totalCost(): number {
    let sum = 0;
    for (let r = 0; r < this.nbRoutes; r++) sum += this.routeCost[r]!;
    return sum;
  }

  /** The non-empty routes, in slot order. */
  exportRoutes(): RouteSpec[] {
    const out: RouteSpec[] = [];
    for (let r = 0; r < this.nbRoutes; r++) {
      if (this.routeSize[r] === 0) continue;
      const clients: number[] = [];
      for (let c = this.next[this.startNode(r)]!; c < this.inst.nbClients; c = this.next[c]!) clients.push(c);
      out.push({ type: this.routeType[r]!, clients });
    }
    return out;
  }
}
