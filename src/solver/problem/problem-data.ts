import { InvalidInput } from '../../domain/errors.js';
import type { ProblemDataInput, RouteDirection } from './problem-input.js';
import { validateProblemInput } from './validate-problem-input.js';

/** Stands for "no limit" on times and durations; exact in float64 arithmetic and far beyond any schedule. */
export const UNBOUNDED = 2 ** 45;

/** A depot with defaults filled in. */
export interface Depot {
  readonly x: number | undefined;
  readonly y: number | undefined;
  readonly twEarlyS: number;
  readonly twLateS: number;
}

/** A client with defaults filled in; `maxRideTimeS` is {@link UNBOUNDED} when absent. */
export interface Client {
  readonly demand: number;
  readonly serviceDurationS: number;
  readonly twEarlyS: number;
  readonly twLateS: number;
  readonly maxRideTimeS: number;
  readonly x: number | undefined;
  readonly y: number | undefined;
}

/** A vehicle type with defaults filled in. */
export interface VehicleType {
  readonly count: number;
  readonly capacity: number;
  readonly fixedCost: number;
  readonly maxDurationS: number;
  readonly startDepot: number | null;
  readonly endDepot: number | null;
  readonly profile: number;
  readonly twEarlyS: number;
  readonly twLateS: number;
  readonly startLateS: number;
  readonly unitDistanceCost: number;
  readonly unitDurationCost: number;
  readonly direction: RouteDirection;
}

/**
 * A validated, immutable routing problem. Locations are numbered depots first, then clients; routes in
 * results name clients by their index in `clients` (0-based). Throws {@link InvalidInput} naming the field.
 *
 * @example
 * const data = new ProblemData({ depots: [{}], clients: [{ demand: 3 }], vehicleTypes: [{ count: 1,
 *   capacity: 5, startDepot: 0, endDepot: 0 }], distanceMatrices: [m], durationMatrices: [m] });
 */
export class ProblemData {
  readonly depots: readonly Depot[];
  readonly clients: readonly Client[];
  readonly vehicleTypes: readonly VehicleType[];
  readonly distanceMatrices: readonly Int32Array[];
  readonly durationMatrices: readonly Int32Array[];
  /** Cost per passenger-second of ride time. */
  readonly rideTimeWeight: number;

  constructor(input: ProblemDataInput) {
    const problems = validateProblemInput(input);
    if (problems.length > 0) {
      const first = problems[0];
      throw new InvalidInput(`problem data: ${first?.field} ${first?.message}`, problems);
    }
    this.depots = input.depots.map((d) => ({
      x: d.x,
      y: d.y,
      twEarlyS: d.twEarlyS ?? 0,
      twLateS: d.twLateS ?? UNBOUNDED,
    }));
    this.clients = input.clients.map((c) => ({
      demand: c.demand,
      serviceDurationS: c.serviceDurationS ?? 0,
      twEarlyS: c.twEarlyS ?? 0,
      twLateS: c.twLateS ?? UNBOUNDED,
      maxRideTimeS: c.maxRideTimeS ?? UNBOUNDED,
      x: c.x,
      y: c.y,
    }));
    this.vehicleTypes = input.vehicleTypes.map((t) => ({
      count: t.count,
      capacity: t.capacity,
      fixedCost: t.fixedCost ?? 0,
      maxDurationS: t.maxDurationS ?? UNBOUNDED,
      startDepot: t.startDepot,
      endDepot: t.endDepot,
      profile: t.profile ?? 0,
      twEarlyS: t.twEarlyS ?? 0,
      twLateS: t.twLateS ?? UNBOUNDED,
      startLateS: t.startLateS ?? UNBOUNDED,
      unitDistanceCost: t.unitDistanceCost ?? 1,
      unitDurationCost: t.unitDurationCost ?? 0,
      direction: t.direction ?? 'pickup',
    }));
    this.distanceMatrices = input.distanceMatrices;
    this.durationMatrices = input.durationMatrices;
    this.rideTimeWeight = input.rideTimeWeight ?? 0;
  }

  /** Number of depots plus clients: the side of every matrix. */
  get nbLocations(): number {
    return this.depots.length + this.clients.length;
  }

  /** True when every client and depot has coordinates. */
  get hasCoordinates(): boolean {
    const has = (p: { x: number | undefined; y: number | undefined }) => p.x !== undefined && p.y !== undefined;
    return this.depots.every(has) && this.clients.every(has);
  }
}
