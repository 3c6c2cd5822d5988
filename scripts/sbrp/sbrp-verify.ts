import { z } from 'zod';
import type { SbrpInstance } from './sbrp-instance.js';
import { SBRP, travelS } from './sbrp-conventions.js';

/** The solution file: each bus is its routes in driving order; each route names its school and stops in pick-up order. */
export const SbrpSolution = z.object({
  buses: z.array(z.array(z.object({ school: z.string(), stops: z.array(z.string()).min(1) }))),
});
export type SbrpSolution = z.infer<typeof SbrpSolution>;

const EPS = 1e-6;

/** Route service time S(r): from arrival at the first stop to arrival at school (dwell at stops included). */
export function routeServiceS(instance: SbrpInstance, schoolId: string, stopIds: readonly string[]): number {
  const stops = new Map(instance.stops.map((s) => [s.id, s]));
  const school = instance.schools.find((s) => s.id === schoolId)!;
  let total = 0;
  for (let j = 0; j < stopIds.length; j++) {
    const p = stops.get(stopIds[j]!)!;
    total += SBRP.stopDwellS(p.students);
    total += j + 1 < stopIds.length ? travelS(p, stops.get(stopIds[j + 1]!)!) : travelS(p, school);
  }
  return total;
}

/**
 * Checks a solution independently under the Table S1 conventions and returns every violation found
 * (empty = valid) with the bus count. It recomputes all times from the instance; nothing is trusted.
 */
export function verifySbrpSolution(instance: SbrpInstance, mrtS: number, solution: SbrpSolution): { buses: number; violations: string[] } {
  const violations: string[] = [];
  const stops = new Map(instance.stops.map((s) => [s.id, s]));
  const schools = new Map(instance.schools.map((s) => [s.id, s]));
  const seen = new Map<string, number>();
  solution.buses.forEach((bus, b) => {
    bus.forEach((route, r) => {
      const where = `bus ${b + 1} route ${r + 1}`;
      const school = schools.get(route.school);
      if (school === undefined) return violations.push(`${where}: unknown school ${route.school}`);
      let load = 0;
      for (const id of route.stops) {
        const stop = stops.get(id);
        if (stop === undefined) return violations.push(`${where}: unknown stop ${id}`);
        if (stop.schoolId !== route.school) violations.push(`${where}: stop ${id} belongs to school ${stop.schoolId}`);
        seen.set(id, (seen.get(id) ?? 0) + 1);
        load += stop.students;
      }
      if (load > SBRP.capacity) violations.push(`${where}: load ${load} > ${SBRP.capacity}`);
      // Ride time of stop j: departure from j (after its dwell) to arrival at school.
      let ride = 0;
      for (let j = route.stops.length - 1; j >= 0; j--) {
        const p = stops.get(route.stops[j]!)!;
        ride += j + 1 < route.stops.length ? travelS(p, stops.get(route.stops[j + 1]!)!) : travelS(p, school);
        if (ride > mrtS + EPS) violations.push(`${where}: stop ${route.stops[j]} rides ${ride.toFixed(1)} s > ${mrtS}`);
        ride += SBRP.stopDwellS(p.students);
      }
      if (r > 0) {
        const prev = bus[r - 1]!;
        const prevSchool = schools.get(prev.school);
        const first = stops.get(route.stops[0]!)!;
        if (prevSchool !== undefined) {
          const arrive = prevSchool.bellS + travelS(prevSchool, first) + routeServiceS(instance, route.school, route.stops) + SBRP.schoolDwellS;
          if (arrive > school.bellS + EPS) violations.push(`${where}: cannot follow school ${prev.school} (${(arrive - school.bellS).toFixed(1)} s late)`);
        }
      }
    });
  });
  for (const stop of instance.stops) {
    const n = seen.get(stop.id) ?? 0;
    if (n !== 1) violations.push(`stop ${stop.id} served ${n} times`);
  }
  return { buses: solution.buses.filter((b) => b.length > 0).length, violations };
}
