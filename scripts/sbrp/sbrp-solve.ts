import { minimumPathCover } from '../../src/solver/chaining/path-cover.js';
import { LinkMatrix } from '../../src/solver/chaining/link-matrix.js';
import { selectOptions } from '../../src/solver/chaining/option-search.js';
import type { SbrpInstance, SbrpSchool, SbrpStop } from './sbrp-instance.js';
import { SBRP, travelS } from './sbrp-conventions.js';
import { sbrpChaining } from './sbrp-chaining.js';
import { CS, routeSchool, stopsBySchool, travelCs, type ScenarioSpec, type SbrpRoute } from './sbrp-routes.js';
import type { SbrpSolution } from './sbrp-verify.js';

/**
 * Routing scenarios per school, as BiRD generates them: one that minimises the number of routes, and
 * others that cap the route length S(r) (shorter routes chain more easily across schools).
 */
export function scenarioSpecs(mrtS: number, minCapS: number): ScenarioSpec[] {
  const fewest = { routeCostCs: 100_000_000, maxServiceS: null };
  const caps = [0.35, 0.5, 0.65, 0.8, 1.0, 1.3]
    .map((f) => Math.max(Math.round(f * mrtS), Math.ceil(minCapS * 1.05)))
    .filter((cap, i, all) => all.indexOf(cap) === i)
    .map((cap) => ({ routeCostCs: 10_000_000, maxServiceS: cap }));
  return [fewest, { routeCostCs: 20_000, maxServiceS: null }, ...caps];
}

/** The longest single-stop route of a school, S(r) in seconds: no route-length cap may be below it. */
function longestSingleStopS(school: SbrpSchool, stops: readonly SbrpStop[]): number {
  return Math.max(0, ...stops.map((s) => SBRP.stopDwellS(s.students) + travelS(s, school)));
}

function singleStopRoute(school: SbrpSchool, stop: SbrpStop): SbrpRoute {
  return { schoolId: school.id, stops: [stop], serviceCs: Math.round(SBRP.stopDwellS(stop.students) * CS) + travelCs(stop, school) };
}

/** The outcome of one benchmark run. */
export interface SbrpRun {
  readonly solution: SbrpSolution;
  readonly buses: number;
  readonly routes: number;
  readonly seconds: number;
}

/**
 * Solves an instance: route scenarios for every school (a share of the time limit), then the choice of
 * one scenario per school that needs the fewest buses (minimum path cover of the chained routes).
 */
export function solveSbrp(instance: SbrpInstance, mrtS: number, timeLimitS: number, seed: number, progress?: (text: string) => void): SbrpRun {
  const started = Date.now();
  const bySchool = stopsBySchool(instance);
  const perCall = (timeLimitS * 0.7) / (instance.schools.length * scenarioSpecs(mrtS, 0).length);
  const scenarios = new Map<string, SbrpRoute[][]>();
  for (const school of instance.schools) {
    const stops = bySchool.get(school.id) ?? [];
    const specs = scenarioSpecs(mrtS, longestSingleStopS(school, stops));
    const options = specs.map((spec, k) => routeSchool(school, stops, mrtS, spec, { timeLimitS: perCall, seed: seed + k })).filter((o) => o.length > 0);
    // Always feasible when each stop alone is within the MRT: one route per stop.
    if (options.length === 0) options.push(stops.map((stop) => singleStopRoute(school, stop)));
    scenarios.set(school.id, options);
    progress?.(`${instance.name}: routed school ${school.id} (${options.length} scenarios)`);
  }
  const { problem, routes } = sbrpChaining(instance, scenarios);
  const links = new LinkMatrix(problem);
  const left = Math.max(1, timeLimitS * 1000 - (Date.now() - started));
  const optionCost = instance.schools.map((s) => (scenarios.get(s.id) ?? []).map((o) => o.length));
  const selection = selectOptions(problem, links, { seed, timeLimitMs: left, maxIterations: 1_000_000, optionCost });
  const chosen = Int32Array.from(problem.trips.map((t, i) => (selection.choice[t.group] === t.option ? i : -1)).filter((i) => i >= 0));
  const { chains } = minimumPathCover(problem, chosen);
  const solution: SbrpSolution = {
    buses: chains.map((chain) => chain.map((trip) => ({ school: routes[trip]!.schoolId, stops: routes[trip]!.stops.map((s) => s.id) }))),
  };
  return { solution, buses: chains.length, routes: chosen.length, seconds: (Date.now() - started) / 1000 };
}
