/**
 * The plain input shapes of a routing problem, before validation. Locations are numbered depots first
 * (0..D−1), then clients (D..D+C−1); every matrix is (D+C)×(D+C), row-major, from-row to-column.
 * Units: seconds for times and durations, metres (or any integer length unit) for distances.
 */

/** Value of a matrix entry for a pair that cannot be travelled (no road, closed ferry). */
export const MISSING_EDGE = 1_000_000_000;

/** A place where routes may start or end (a school, a bus yard). */
export interface DepotInput {
  /** Optional planar coordinates, used only to group routes by direction (SWAP* sectors). */
  readonly x?: number;
  readonly y?: number;
  /** Earliest departure from / arrival at this depot, seconds. Default 0. */
  readonly twEarlyS?: number;
  /** Latest departure from / arrival at this depot, seconds. Default: unbounded. */
  readonly twLateS?: number;
}

/** A stop with a demand to be served exactly once. */
export interface ClientInput {
  /** Students (or units) picked up or dropped off here; integer ≥ 0. */
  readonly demand: number;
  /** Dwell at the stop, seconds. */
  readonly serviceDurationS?: number;
  /** Earliest start of service, seconds. Default 0. */
  readonly twEarlyS?: number;
  /** Latest start of service, seconds. Default: unbounded. */
  readonly twLateS?: number;
  /**
   * Longest ride of this client's passengers, seconds: for a pickup route from leaving this stop until
   * arrival at the route's end; for a drop-off route from leaving the route's start until arrival here.
   */
  readonly maxRideTimeS?: number;
  readonly x?: number;
  readonly y?: number;
}

/** Which way passengers travel on a route, which fixes how ride time is measured. */
export type RouteDirection = 'pickup' | 'dropOff';

/** A group of identical vehicles. */
export interface VehicleTypeInput {
  /** Number of vehicles of this type available. */
  readonly count: number;
  /** Largest load on board (approved capacity), same unit as client demand. */
  readonly capacity: number;
  /** Cost of using one vehicle of this type (any route with at least one client). Default 0. */
  readonly fixedCost?: number;
  /** Longest route duration, start to end including waiting, seconds. Default: unbounded. */
  readonly maxDurationS?: number;
  /** Depot where routes start, or `null` for an open start (the approach drive is not this route's cost). */
  readonly startDepot: number | null;
  /** Depot where routes end, or `null` for an open end (the route ends at its last client). */
  readonly endDepot: number | null;
  /** Index of the distance/duration matrix pair this type uses. Default 0. */
  readonly profile?: number;
  /** Earliest start of the vehicle's shift, seconds. Default 0. */
  readonly twEarlyS?: number;
  /** Latest end of the vehicle's shift (arrival at the route's end), seconds. Default: unbounded. */
  readonly twLateS?: number;
  /** Latest departure from the route's start, seconds (`twEarlyS = startLateS` fixes it). Default: unbounded. */
  readonly startLateS?: number;
  /** Cost per distance unit. Default 1. */
  readonly unitDistanceCost?: number;
  /** Cost per second of route duration. Default 0. */
  readonly unitDurationCost?: number;
  /** `pickup`: clients → end (Sunday return); `dropOff`: start → clients (Friday home). Default `pickup`. */
  readonly direction?: RouteDirection;
}

/** Everything needed to build a {@link ProblemData}. */
export interface ProblemDataInput {
  readonly depots: readonly DepotInput[];
  readonly clients: readonly ClientInput[];
  readonly vehicleTypes: readonly VehicleTypeInput[];
  /** One distance matrix per profile, (D+C)² entries, row-major; {@link MISSING_EDGE} marks no edge. */
  readonly distanceMatrices: readonly Int32Array[];
  /** One duration matrix per profile, seconds, same shape as the distance matrices. */
  readonly durationMatrices: readonly Int32Array[];
  /** Cost per passenger-second of ride time (demand × ride time summed over clients). Default 0. */
  readonly rideTimeWeight?: number;
}
