import { addDays, type IsoDate } from '../../src/domain/calendar.js';
import type { Driver, Vehicle } from '../../src/domain/fleet.js';
import type { Random } from './random.js';

/**
 * Which vehicles are out of order on the demo Friday, and how (disjoint sets of active coaches). Everything
 * else is compliant. The numbers are the brief's; the choice of vehicles comes from the seed.
 */
export interface CompliancePlan {
  /** Last inspection failed an item whose rectification is open and past its due date. */
  readonly rectificationOverdue: readonly string[];
  /** Last inspection failed an item whose rectification is open and still within its due date. */
  readonly rectificationPending: readonly string[];
  /** Last inspection more than 6 months before the demo Friday. */
  readonly inspectionStale: readonly string[];
  /** A current insurance policy has run out. */
  readonly insuranceExpired: readonly string[];
  /** The plate's driver lacks the school-transport endorsement. */
  readonly driverNotEndorsed: readonly string[];
  /** The plate's driver is older than 60. */
  readonly driverTooOld: readonly string[];
  /** The plate's driver has driven for less than 3 years. */
  readonly driverTooNew: readonly string[];
  /** The plate is suspended. */
  readonly plateSuspended: readonly string[];
  /** Compliant, but an insurance policy runs out within 30 days. */
  readonly insuranceExpiringSoon: readonly string[];
  /** Compliant, but the plate runs out within 30 days. */
  readonly plateExpiringSoon: readonly string[];
}

const SIZES: Readonly<Record<keyof CompliancePlan, number>> = {
  rectificationOverdue: 2,
  rectificationPending: 2,
  inspectionStale: 3,
  insuranceExpired: 3,
  driverNotEndorsed: 1,
  driverTooOld: 1,
  driverTooNew: 1,
  plateSuspended: 1,
  insuranceExpiringSoon: 3,
  plateExpiringSoon: 2,
};

/** Draws the plan from the active coaches. */
export function drawCompliancePlan(vehicles: readonly Vehicle[], random: Random): CompliancePlan {
  const pool = random.shuffle(vehicles.filter((v) => v.kind === 'bus' && v.status === 'active').map((v) => v.id));
  const plan: Record<string, string[]> = {};
  let next = 0;
  for (const key of Object.keys(SIZES) as Array<keyof CompliancePlan>) {
    plan[key] = pool.slice(next, next + SIZES[key]).sort();
    next += SIZES[key];
  }
  return plan as unknown as CompliancePlan;
}

/**
 * Applies the driver problems: the plan's drivers, plus one spare driver of each kind so that the rules
 * are also visible off the plates. A driver too old is 61; one too new was licensed 2 years ago.
 */
export function applyDriverProblems(drivers: Driver[], driverOf: ReadonlyMap<string, string>, plan: CompliancePlan, spares: readonly string[], demo: IsoDate): void {
  const edit = (id: string | undefined, change: (d: Driver) => Driver) => {
    const i = drivers.findIndex((d) => d.id === id);
    if (i >= 0) drivers[i] = change(drivers[i] as Driver);
  };
  const notEndorsed = (d: Driver): Driver => ({ ...d, schoolTransportEndorsed: false });
  const tooOld = (years: number) => (d: Driver): Driver => ({ ...d, birthDate: addDays(demo, -Math.round(years * 365.25) - 40) });
  const tooNew = (d: Driver): Driver => ({ ...d, licensedSince: addDays(demo, -2 * 365 - 30) });
  for (const v of plan.driverNotEndorsed) edit(driverOf.get(v), notEndorsed);
  for (const v of plan.driverTooOld) edit(driverOf.get(v), tooOld(61));
  for (const v of plan.driverTooNew) edit(driverOf.get(v), tooNew);
  edit(spares[0], notEndorsed);
  edit(spares[1], tooOld(62));
  edit(spares[2], tooNew);
}
