import type { ChainingProblem, ChainingTrip, ChainingVehicle, DutyRules } from '../../../src/solver/chaining/chaining-problem.js';

export const HOUR = 3600;

/** Generous duty rules that never bind unless a test says so. */
export const LOOSE_DUTY: DutyRules = {
  maxContinuousDrivingS: 4 * HOUR, maxContinuousNightDrivingS: 2 * HOUR, minBreakS: 20 * 60, maxDailyDrivingS: 8 * HOUR,
  nightFromS: 22 * HOUR, nightToS: 6 * HOUR,
};

/** A trip with defaults: kind 0, load 10, driving = its duration, 10 km, no ride time. */
export function trip(t: Partial<ChainingTrip> & Pick<ChainingTrip, 'group' | 'option' | 'startS' | 'endS' | 'startLoc' | 'endLoc'>): ChainingTrip {
  return { load: 10, kind: 0, drivingS: t.endS - t.startS, distanceM: 10_000, rideS: 0, ...t };
}

export function bus(capacity: number, depotLoc = 0, kind = 0): ChainingVehicle {
  return { capacity, kind, depotLoc, availableFromS: 0, availableToS: 24 * HOUR };
}

/** Builds a problem over `locCount` places with a uniform empty-drive time between distinct places. */
export function problem(trips: ChainingTrip[], vehicles: ChainingVehicle[], locCount: number, deadheadS: number, duty = LOOSE_DUTY): ChainingProblem {
  const dS = new Int32Array(locCount * locCount).fill(deadheadS);
  const dM = new Int32Array(locCount * locCount).fill(deadheadS * 10);
  for (let i = 0; i < locCount; i++) {
    dS[i * locCount + i] = 0;
    dM[i * locCount + i] = 0;
  }
  const groupCount = Math.max(0, ...trips.map((t) => t.group + 1));
  return { trips, groupCount, locCount, deadheadS: dS, deadheadM: dM, vehicles, turnaroundS: 300, duty };
}
