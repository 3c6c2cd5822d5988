import type { Direction, School } from '../../domain/school.js';
import type { LostGroup, RoutePlan } from '../routes/route-plan.js';
import type { RouteTemplate } from '../routes/route-template.js';

/** A run of an option: a template placed in weekend time (`anchorS` + template times). */
export interface PlacedRun {
  readonly template: RouteTemplate;
  readonly anchorS: number;
  /** For a boat run: the bus run (index in the option's runs) its students transfer with. */
  readonly connectsWith: number | null;
  /** For a boat run: the index of the boat route in the plan. */
  readonly boatRoute: number | null;
}

/** One way a school can be served: a day and slot, a routing alternative, all runs placed in time. */
export interface SchoolOption {
  readonly school: School;
  readonly direction: Direction;
  readonly dayOffset: number;
  /** Dismissal (home) or latest arrival (return), weekend seconds. */
  readonly slotS: number;
  readonly preference: number;
  readonly plan: RoutePlan;
  readonly alternative: number;
  /** Students of the school who need a ride in this direction. */
  readonly studentCount: number;
  readonly runs: readonly PlacedRun[];
  /** Students this option cannot serve: the plan's and those whose boat could not connect in time. */
  readonly lost: readonly LostGroup[];
}

/** Students an option serves. */
export function servedCount(o: SchoolOption): number {
  return o.studentCount - o.lost.reduce((s, l) => s + l.studentIds.length, 0);
}
