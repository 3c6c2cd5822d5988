import { ProblemData, solve } from '../../src/solver/index.js';
import type { SbrpInstance, SbrpSchool, SbrpStop } from './sbrp-instance.js';
import { SBRP, manhattanFt, travelS, type Xy } from './sbrp-conventions.js';

/** Internal time unit: centiseconds, so that 19 + 2.6·n s dwell times are exact integers. */
export const CS = 100;

/** Travel time in whole centiseconds, rounded up (conservative: a plan feasible here is feasible exactly). */
export const travelCs = (a: Xy, b: Xy): number => Math.ceil(travelS(a, b) * CS - 1e-9);

/** One route of a scenario: the school, stops in pick-up order, and S(r) in centiseconds (rounded up). */
export interface SbrpRoute {
  readonly schoolId: string;
  readonly stops: readonly SbrpStop[];
  readonly serviceCs: number;
}

/** How one routing scenario trades routes against route length (BiRD's λ and route-length cap). */
export interface ScenarioSpec {
  /** Cost of one route in centiseconds of route duration: large = fewest routes first. */
  readonly routeCostCs: number;
  /** Cap on S(r) in seconds (a search setting, not a rule of the problem), or null. */
  readonly maxServiceS: number | null;
}

/**
 * Solves the single-school routing problem of one school: open-start pickup routes ending at the school,
 * 66 seats, dwell 19 + 2.6·n s, ride time from departure at a stop to arrival at school at most MRT.
 * Minimises `routeCostCs` per route + total duration.
 */
export function routeSchool(
  school: SbrpSchool,
  stops: readonly SbrpStop[],
  mrtS: number,
  spec: ScenarioSpec,
  limits: { timeLimitS: number; seed: number },
): SbrpRoute[] {
  const places: Xy[] = [school, ...stops];
  const n = places.length;
  const dur = new Int32Array(n * n);
  const dist = new Int32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      dur[i * n + j] = travelCs(places[i]!, places[j]!);
      dist[i * n + j] = Math.round(manhattanFt(places[i]!, places[j]!));
    }
  }
  const data = new ProblemData({
    depots: [{ x: school.x, y: school.y }],
    clients: stops.map((s) => ({
      demand: s.students,
      serviceDurationS: Math.round(SBRP.stopDwellS(s.students) * CS),
      maxRideTimeS: Math.floor(mrtS * CS),
      x: s.x,
      y: s.y,
    })),
    vehicleTypes: [{
      count: stops.length,
      capacity: SBRP.capacity,
      fixedCost: spec.routeCostCs,
      startDepot: null,
      endDepot: 0,
      direction: 'pickup',
      unitDistanceCost: 0,
      unitDurationCost: 1,
      ...(spec.maxServiceS === null ? {} : { maxDurationS: Math.floor(spec.maxServiceS * CS) }),
    }],
    distanceMatrices: [dist],
    durationMatrices: [dur],
  });
  const result = solve(data, { seed: limits.seed, timeLimitS: limits.timeLimitS, noImprovementIterations: 4000 });
  if (!result.feasible || !result.complete) return [];
  return result.routes.map((r) => ({ schoolId: school.id, stops: r.clients.map((c) => stops[c]!), serviceCs: r.durationS }));
}

/** Stops of each school of an instance. */
export function stopsBySchool(instance: SbrpInstance): Map<string, SbrpStop[]> {
  const out = new Map<string, SbrpStop[]>(instance.schools.map((s) => [s.id, []]));
  for (const stop of instance.stops) out.get(stop.schoolId)!.push(stop);
  return out;
}
