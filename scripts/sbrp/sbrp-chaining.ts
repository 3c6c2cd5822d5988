import type { ChainingProblem, ChainingTrip } from '../../src/solver/chaining/chaining-problem.js';
import type { SbrpInstance } from './sbrp-instance.js';
import { SBRP, manhattanFt, type Xy } from './sbrp-conventions.js';
import { CS, travelCs, type SbrpRoute } from './sbrp-routes.js';

/** BiRD's yard: the centre of the district. It has no time limits and does not affect the bus count. */
const YARD: Xy = { x: 105_600, y: 105_600 };
const SCHOOL_DWELL_CS = Math.round(SBRP.schoolDwellS * CS);
const DAY_CS = 86_400 * CS;

/** The chaining problem of an instance: each school a group, each routing scenario an option. */
export interface SbrpChaining {
  readonly problem: ChainingProblem;
  /** The route behind each trip of `problem.trips`. */
  readonly routes: readonly SbrpRoute[];
}

/**
 * Turns route scenarios into a chaining problem under the Table S1 time model: a route of school s
 * starts at its first stop at T_s − 154.4 s − S(r) and frees the bus at the school at T_s; a bus may
 * follow with a route whose start it reaches in time (deadhead by Manhattan distance, waiting allowed).
 */
export function sbrpChaining(instance: SbrpInstance, scenarios: ReadonlyMap<string, readonly (readonly SbrpRoute[])[]>): SbrpChaining {
  const locations: Xy[] = [YARD];
  const locOf = new Map<Xy, number>();
  const loc = (p: Xy) => {
    let i = locOf.get(p);
    if (i === undefined) {
      i = locations.length;
      locations.push(p);
      locOf.set(p, i);
    }
    return i;
  };
  const trips: ChainingTrip[] = [];
  const routes: SbrpRoute[] = [];
  instance.schools.forEach((school, group) => {
    const options = scenarios.get(school.id) ?? [];
    options.forEach((option, o) => {
      for (const route of option) {
        const bellCs = school.bellS * CS;
        trips.push({
          group, option: o, startS: bellCs - SCHOOL_DWELL_CS - route.serviceCs, endS: bellCs,
          startLoc: loc(route.stops[0]!), endLoc: loc(school), load: route.stops.reduce((s, p) => s + p.students, 0),
          kind: 0, drivingS: 0, distanceM: 0, rideS: route.serviceCs,
        });
        routes.push(route);
      }
    });
  });
  const n = locations.length;
  const deadheadS = new Int32Array(n * n);
  const deadheadM = new Int32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      deadheadS[i * n + j] = travelCs(locations[i]!, locations[j]!);
      deadheadM[i * n + j] = Math.round(manhattanFt(locations[i]!, locations[j]!));
    }
  }
  const unlimited = { maxContinuousDrivingS: DAY_CS, maxContinuousNightDrivingS: DAY_CS, minBreakS: 0, maxDailyDrivingS: DAY_CS, nightFromS: 0, nightToS: 0 };
  const vehicleCount = routes.length;
  return {
    problem: {
      trips, groupCount: instance.schools.length, locCount: n, deadheadS, deadheadM,
      vehicles: Array.from({ length: vehicleCount }, () => ({ capacity: SBRP.capacity, kind: 0, depotLoc: 0, availableFromS: -DAY_CS, availableToS: 2 * DAY_CS })),
      turnaroundS: 0, duty: unlimited,
    },
    routes,
  };
}
