import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HybridGeneticSearch } from '../../../src/solver/genetic/hybrid-genetic-search.js';
import { readSbrpSchools, SBRP_TICKS_PER_S } from '../../../src/solver/io/sbrp-reader.js';
import { solve } from '../../../src/solver/solve.js';

const DIR = resolve(import.meta.dirname, '../../../data/benchmarks/sbrp/CSCB01');

describe('school bus routing (Park–Tae–Kim, BiRD conventions)', () => {
  const schools = readSbrpSchools(DIR, 2700);

  it('reads one open-start pickup problem per school with dwell 19 + 2.6·n s', () => {
    expect(schools).toHaveLength(6);
    const s = schools[0]!;
    const first = s.data.clients[0]!;
    expect(first.serviceDurationS).toBe((19 + 2.6 * first.demand) * SBRP_TICKS_PER_S);
    expect(s.data.vehicleTypes[0]).toMatchObject({ capacity: 66, startDepot: null, endDepot: 0, direction: 'pickup' });
  });

  it('routes a school with every ride, measured from leaving the stop to the school, within 2700 s', () => {
    const school = schools.reduce((a, b) => (a.stopIds.length <= b.stopIds.length ? a : b));
    const data = school.data;
    const result = solve(data, { seed: 1, maxIterations: 100, minimiseVehicles: true, outerLoop: new HybridGeneticSearch({ initialIndividuals: 10 }) });
    expect(result.feasible && result.complete).toBe(true);
    expect(result.routes.length).toBeGreaterThanOrEqual(Math.ceil(school.students / 66));
    const n = data.nbLocations;
    const dur = data.durationMatrices[0]!;
    for (const r of result.routes) {
      // drive backwards from the school: time from leaving each stop to arriving at school
      let ride = dur[(1 + r.clients[r.clients.length - 1]!) * n + 0]!;
      for (let k = r.clients.length - 1; k >= 0; k--) {
        expect(ride).toBeLessThanOrEqual(2700 * SBRP_TICKS_PER_S);
        if (k > 0) ride += data.clients[r.clients[k]!]!.serviceDurationS + dur[(1 + r.clients[k - 1]!) * n + 1 + r.clients[k]!]!;
      }
      expect(r.load).toBeLessThanOrEqual(66);
    }
  });
});
