import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSbrpInstance } from '../../scripts/sbrp/sbrp-instance.js';
import { solveSbrp } from '../../scripts/sbrp/sbrp-solve.js';
import { verifySbrpSolution } from '../../scripts/sbrp/sbrp-verify.js';

const DIR = resolve(import.meta.dirname, '..', '..', 'data', 'benchmarks', 'sbrp', 'RSRB01');

describe('school bus benchmark solve', () => {
  it('returns a solution the independent verifier accepts, with at least the capacity lower bound of routes', async () => {
    const instance = await readSbrpInstance(DIR);
    const run = solveSbrp(instance, 2700, 4, 1);
    const check = verifySbrpSolution(instance, 2700, run.solution);
    expect(check.violations).toEqual([]);
    expect(check.buses).toBe(run.buses);
    const bySchool = new Map<string, number>();
    for (const stop of instance.stops) bySchool.set(stop.schoolId, (bySchool.get(stop.schoolId) ?? 0) + stop.students);
    const minRoutes = [...bySchool.values()].reduce((sum, students) => sum + Math.ceil(students / 66), 0);
    expect(run.routes).toBeGreaterThanOrEqual(minRoutes);
    expect(run.buses).toBeLessThanOrEqual(run.routes);
  });
});
