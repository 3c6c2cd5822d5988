import type { StudentGroup } from '../demand/school-demand.js';
import type { TravelState, WeekendTravel } from '../inputs/travel-states.js';
import type { UnservedReason } from '../model/schedule-schema.js';
import type { CapacityClass } from './solve-routes.js';
import type { DwellRule } from './time-route.js';

/** Students a plan cannot serve under its conditions state, with the reason. */
export interface LostGroup {
  readonly studentIds: readonly string[];
  readonly placeId: string;
  readonly reason: UnservedReason;
  readonly text: string;
}

/** What building a plan needs besides the demand and the state. */
export interface PlanSettings {
  readonly travel: WeekendTravel;
  readonly busFleet: readonly CapacityClass[];
  readonly boatFleet: readonly CapacityClass[];
  readonly pierIds: readonly string[];
  readonly maxRideS: number;
  readonly transferS: number;
  readonly dwell: DwellRule;
  readonly timeLimitS: number;
  readonly seed: number;
}

/** A lost group with its reason. */
export const lose = (g: StudentGroup, reason: UnservedReason, text: string): LostGroup => ({ studentIds: g.studentIds, placeId: g.placeId, reason, text });

