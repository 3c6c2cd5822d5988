import type { Direction } from '../../domain/school.js';
import type { RunLeg } from '../model/schedule-schema.js';

/** A group of students that one vehicle serves together at one place: the routing engine's client. */
export interface RouteClient {
  readonly placeId: string;
  readonly studentIds: readonly string[];
  /** Longest ride allowed on this vehicle, seconds (less than the policy when a boat leg follows). */
  readonly maxRideS: number;
  /** For a pier client: the boat route its students continue on (home) or arrive by (return); else null. */
  readonly boatRoute: number | null;
}

/** A stop of a route template; times are relative to the template's anchor. */
export interface TemplateStop {
  readonly placeId: string;
  readonly arriveS: number;
  readonly departS: number;
  /** Clients boarding here. */
  readonly boarding: readonly number[];
  /** Clients alighting here. */
  readonly alighting: readonly number[];
}

/**
 * One run, timed relative to an anchor: for bus runs the school slot (home: arrival at the gate, when
 * boarding starts; return: arrival at the gate, the deadline); for boat runs the pier (home: departure
 * with students; return: arrival with students). A slot only shifts it.
 */
export interface RouteTemplate {
  readonly mode: 'bus' | 'boat';
  readonly direction: Direction;
  readonly stops: readonly TemplateStop[];
  readonly legs: readonly RunLeg[];
  /** Clients in visiting order (indices into the plan's clients). */
  readonly clients: readonly number[];
  /** Most students on board at once. */
  readonly load: number;
  /** Driving time (s) and distance (m) of the whole run. */
  readonly drivingS: number;
  readonly distanceM: number;
  /** Ride time of each client, seconds, by client index. */
  readonly rideS: ReadonlyMap<number, number>;
  /** Σ students × ride time (passenger-seconds). */
  readonly rideSumS: number;
}

/** Start of a template (the vehicle must be at its first stop) relative to its anchor. */
export const templateStartS = (t: RouteTemplate): number => t.stops[0]!.arriveS;
/** End of a template (the vehicle is free at its last stop) relative to its anchor. */
export const templateEndS = (t: RouteTemplate): number => t.stops[t.stops.length - 1]!.departS;
