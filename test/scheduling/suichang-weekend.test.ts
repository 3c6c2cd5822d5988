import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/dataset/dataset-files.js';
import { generateWeekendSchedule } from '../../src/scheduling/generate-weekend-schedule.js';
import { UnservedReason } from '../../src/scheduling/model/schedule-schema.js';
import { validateSchedule } from '../../src/scheduling/validate/validate-schedule.js';

const DATA = resolve(import.meta.dirname, '..', '..', 'data', 'suichang');

describe('the Suichang demo weekend', () => {
  it('serves every student who needs a ride, or says exactly why not, and passes validateSchedule', { timeout: 300_000 }, async () => {
    const records = await readDataset(DATA);
    const s = generateWeekendSchedule(records, { friday: records.manifest.demoFriday! });
    expect(validateSchedule(s, { records })).toEqual([]);
    const needing = records.students.filter((x) => x.needsRide);
    expect(s.summary.studentsNeedingRide).toBe(needing.length);
    for (const direction of ['home', 'return'] as const) {
      const served = new Set(s.assignments.filter((a) => a.direction === direction).map((a) => a.studentId));
      const unserved = s.unserved.filter((u) => u.direction === direction);
      expect(served.size + unserved.length).toBe(needing.length);
      for (const u of unserved) {
        expect(UnservedReason.options).toContain(u.reasonCode);
        expect(u.reason.length).toBeGreaterThan(0);
      }
    }
    // No vehicle outside the compliance verdict: 99 allowed on the demo Friday (96 coaches, 3 boats).
    expect(s.summary.vehiclesAvailable).toBe(99);
    expect(s.vehicles.every((v) => !['BUS027', 'BUS100', 'BUS030', 'BUS019', 'BUS095', 'BUS061'].includes(v.id))).toBe(true);
    // Boats carry only the four water-only villages' students, with their transfers.
    expect(s.runs.filter((r) => r.mode === 'boat').length).toBeGreaterThan(0);
    expect(s.transfers.length).toBeGreaterThan(0);
  });
});
