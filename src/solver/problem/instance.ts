import { MISSING_EDGE } from './problem-input.js';
import { UNBOUNDED, type ProblemData } from './problem-data.js';
import { computeNeighbours } from './neighbours.js';

/**
 * The flat, index-based form of a {@link ProblemData} that the search runs on. Only the clients being
 * routed are kept (internal client `i` is original client `clientId[i]`, at location `nbDepots + i`);
 * two virtual locations model open routes: `openStartLoc` reaches every place at zero cost and
 * `openEndLoc` is reached from every place at zero cost.
 */
export interface Instance {
  readonly data: ProblemData;
  /** Clients being routed. */
  readonly nbClients: number;
  readonly nbDepots: number;
  /** Side of every internal matrix: depots + clients + 2 virtual locations. */
  readonly nbLocations: number;
  readonly openStartLoc: number;
  readonly openEndLoc: number;
  /** Original client index of each internal client. */
  readonly clientId: Int32Array;
  /** Internal distance matrices per profile, nbLocations², row-major. */
  readonly dist: readonly Int32Array[];
  /** Internal duration matrices per profile, seconds. */
  readonly dur: readonly Int32Array[];
  readonly demand: Float64Array;
  readonly serviceS: Float64Array;
  readonly twEarlyS: Float64Array;
  readonly twLateS: Float64Array;
  readonly maxRideS: Float64Array;
  readonly types: TypeArrays;
  /** Coordinates per internal location (virtual ones at the first depot), or null when absent. */
  readonly x: Float64Array | null;
  readonly y: Float64Array | null;
  /** Granular neighbours of each internal client (internal client indices), closest first. */
  readonly neighbours: readonly Int32Array[];
  /** True when every distance matrix is symmetric (a reversed stretch keeps its length). */
  readonly symmetricDistances: boolean;
  /** True when a move's lower bound from distances and fixed costs is valid (no duration or ride cost). */
  readonly distanceOnlyCost: boolean;
  readonly rideTimeWeight: number;
}

/** Per vehicle type arrays, indexed by type. */
export interface TypeArrays {
  readonly nbTypes: number;
  /** Route slots of each type: the vehicle count, at most the number of clients. */
  readonly slots: Int32Array;
  readonly capacity: Float64Array;
  readonly fixedCost: Float64Array;
  readonly maxDurationS: Float64Array;
  readonly unitDistanceCost: Float64Array;
  readonly unitDurationCost: Float64Array;
  readonly profile: Int32Array;
  /** 1 for pickup (ride until the end), 0 for drop-off (ride from the start). */
  readonly pickup: Uint8Array;
  readonly startLoc: Int32Array;
  readonly endLoc: Int32Array;
  /** Departure window at the start location and arrival window at the end location, seconds. */
  readonly startEarlyS: Float64Array;
  readonly startLateS: Float64Array;
  readonly endEarlyS: Float64Array;
  readonly endLateS: Float64Array;
}

function internalMatrix(data: ProblemData, m: Int32Array, active: Int32Array): Int32Array {
  const D = data.depots.length;
  const side0 = data.nbLocations;
  const n = D + active.length + 2;
  const orig = (i: number) => (i < D ? i : D + active[i - D]!);
  const out = new Int32Array(n * n).fill(MISSING_EDGE);
  for (let i = 0; i < n - 2; i++) {
    const oi = orig(i) * side0;
    for (let j = 0; j < n - 2; j++) out[i * n + j] = m[oi + orig(j)]!;
  }
  // open start row and open end column cost nothing; nothing enters the open start or leaves the open end
  for (let j = 0; j < n; j++) out[(n - 2) * n + j] = j === n - 2 ? MISSING_EDGE : 0;
  for (let i = 0; i < n; i++) out[i * n + (n - 1)] = i === n - 1 ? MISSING_EDGE : 0;
  out[(n - 2) * n + (n - 2)] = 0;
  out[(n - 1) * n + (n - 1)] = 0;
  return out;
}

function typeArrays(data: ProblemData, nbClients: number, openStart: number, openEnd: number): TypeArrays {
  const ts = data.vehicleTypes;
  const f = (g: (t: (typeof ts)[number]) => number) => Float64Array.from(ts, g);
  const depotWindow = (d: number | null, early: boolean) =>
    d === null ? (early ? 0 : UNBOUNDED) : early ? data.depots[d]!.twEarlyS : data.depots[d]!.twLateS;
  return {
    nbTypes: ts.length,
    slots: Int32Array.from(ts, (t) => Math.min(t.count, Math.max(nbClients, 1))),
    capacity: f((t) => t.capacity),
    fixedCost: f((t) => t.fixedCost),
    maxDurationS: f((t) => t.maxDurationS),
    unitDistanceCost: f((t) => t.unitDistanceCost),
    unitDurationCost: f((t) => t.unitDurationCost),
    profile: Int32Array.from(ts, (t) => t.profile),
    pickup: Uint8Array.from(ts, (t) => (t.direction === 'pickup' ? 1 : 0)),
    startLoc: Int32Array.from(ts, (t) => t.startDepot ?? openStart),
    endLoc: Int32Array.from(ts, (t) => t.endDepot ?? openEnd),
    startEarlyS: f((t) => Math.max(t.twEarlyS, depotWindow(t.startDepot, true))),
    startLateS: f((t) => Math.min(t.twLateS, t.startLateS, depotWindow(t.startDepot, false))),
    endEarlyS: f((t) => Math.max(t.twEarlyS, depotWindow(t.endDepot, true))),
    endLateS: f((t) => Math.min(t.twLateS, depotWindow(t.endDepot, false))),
  };
}

function coordinates(data: ProblemData, active: Int32Array): { x: Float64Array; y: Float64Array } | null {
  if (!data.hasCoordinates) return null;
  const D = data.depots.length;
  const n = D + active.length + 2;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = i < D ? data.depots[i] : i < n - 2 ? data.clients[active[i - D]!] : data.depots[0];
    x[i] = p?.x ?? 0;
    y[i] = p?.y ?? 0;
  }
  return { x, y };
}

/** True when m[i][j] = m[j][i] over the first `side` locations (the virtual ones are never reversed into). */
function isSymmetric(m: Int32Array, side: number, n: number): boolean {
  for (let i = 0; i < side; i++) for (let j = i + 1; j < side; j++) if (m[i * n + j] !== m[j * n + i]) return false;
  return true;
}

/** Builds the internal instance over the given original clients (all by default). */
export function compileInstance(data: ProblemData, active?: Int32Array, nbGranular = 20): Instance {
  const clientIds = active ?? Int32Array.from(data.clients, (_c, i) => i);
  const D = data.depots.length;
  const C = clientIds.length;
  const nbLocations = D + C + 2;
  const clients = Array.from(clientIds, (i) => data.clients[i]!);
  const types = typeArrays(data, C, nbLocations - 2, nbLocations - 1);
  const xy = coordinates(data, clientIds);
  const base = {
    data,
    nbClients: C,
    nbDepots: D,
    nbLocations,
    openStartLoc: nbLocations - 2,
    openEndLoc: nbLocations - 1,
    clientId: clientIds,
    dist: data.distanceMatrices.map((m) => internalMatrix(data, m, clientIds)),
    dur: data.durationMatrices.map((m) => internalMatrix(data, m, clientIds)),
    demand: Float64Array.from(clients, (c) => c.demand),
    serviceS: Float64Array.from(clients, (c) => c.serviceDurationS),
    twEarlyS: Float64Array.from(clients, (c) => c.twEarlyS),
    twLateS: Float64Array.from(clients, (c) => c.twLateS),
    maxRideS: Float64Array.from(clients, (c) => c.maxRideTimeS),
    types,
    x: xy?.x ?? null,
    y: xy?.y ?? null,
    symmetricDistances: false,
    distanceOnlyCost: data.rideTimeWeight === 0 && types.unitDurationCost.every((w) => w === 0),
    rideTimeWeight: data.rideTimeWeight,
  };
  const symmetricDistances = base.dist.every((m) => isSymmetric(m, nbLocations - 2, nbLocations));
  return { ...base, symmetricDistances, neighbours: computeNeighbours(base, nbGranular) };
}
