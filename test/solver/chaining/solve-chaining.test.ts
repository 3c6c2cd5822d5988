import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDuty } from '../../../src/solver/chaining/duty-check.js';
import { minimumChainCount } from '../../../src/solver/chaining/path-cover.js';
import { solveChaining } from '../../../src/solver/chaining/solve-chaining.js';
import { HOUR, LOOSE_DUTY, bus, problem, trip } from './chaining-fixtures.js';

const SETTINGS = { seed: 7, timeLimitMs: 2_000, maxIterations: 200, optionCost: [] };

describe('solveChaining', () => {
  it('staggers two schools so that one bus serves both', () => {
    // Places: 0 depot, 1 school A, 2 school B. Each school: a 1 h trip at 14:00 or at 15:30.
    const trips = [
      trip({ group: 0, option: 0, startS: 14 * HOUR, endS: 15 * HOUR, startLoc: 1, endLoc: 0 }),
      trip({ group: 0, option: 1, startS: 15.5 * HOUR, endS: 16.5 * HOUR, startLoc: 1, endLoc: 0 }),
      trip({ group: 1, option: 0, startS: 14 * HOUR, endS: 15 * HOUR, startLoc: 2, endLoc: 0 }),
      trip({ group: 1, option: 1, startS: 15.5 * HOUR, endS: 16.5 * HOUR, startLoc: 2, endLoc: 0 }),
    ];
    const result = solveChaining(problem(trips, [bus(45), bus(45)], 3, 15 * 60), SETTINGS);
    expect(result.duties).toHaveLength(1);
    expect(result.duties[0]!.trips).toHaveLength(2);
    expect(result.choice[0]).not.toBe(result.choice[1]);
    expect(result.unassigned).toEqual([]);
  });

  it('runs two trips of one group on one vehicle when the second starts after the first (a boat\'s second wave)', () => {
    // Places: 0 depot and pier, 1 landing. One group, one option: a 1 h trip at 14:00 and another at 15:10.
    const trips = [
      trip({ group: 0, option: 0, startS: 14 * HOUR, endS: 15 * HOUR, startLoc: 0, endLoc: 0 }),
      trip({ group: 0, option: 0, startS: 15 * HOUR + 600, endS: 16 * HOUR + 600, startLoc: 0, endLoc: 0 }),
    ];
    const p = problem(trips, [bus(20)], 2, 600);
    expect(checkDuty(p, 0, [0, 1]).feasible).toBe(true);
    const result = solveChaining(p, SETTINGS);
    expect(result.unassigned).toEqual([]);
    expect(result.duties).toEqual([{ vehicle: 0, trips: [0, 1] }]);
  });

  it('never puts two trips of one group that overlap in time on one vehicle', () => {
    const trips = [
      trip({ group: 0, option: 0, startS: 14 * HOUR, endS: 15 * HOUR, startLoc: 1, endLoc: 0 }),
      trip({ group: 0, option: 0, startS: 14 * HOUR, endS: 15 * HOUR, startLoc: 1, endLoc: 0 }),
    ];
    const p = problem(trips, [bus(20), bus(20)], 2, 600);
    expect(checkDuty(p, 0, [0, 1]).feasible).toBe(false);
    expect(solveChaining(p, SETTINGS).duties).toHaveLength(2);
  });

  it('leaves a group without any option unchosen instead of failing', () => {
    const trips = [trip({ group: 1, option: 0, startS: 14 * HOUR, endS: 15 * HOUR, startLoc: 1, endLoc: 0 })];
    const p = { ...problem(trips, [bus(45)], 2, 600), groupCount: 2 };
    const result = solveChaining(p, SETTINGS);
    expect(Array.from(result.choice)).toEqual([-1, 0]);
    expect(result.duties).toEqual([{ vehicle: 0, trips: [0] }]);
  });

  it('puts a heavy trip on a bus with enough seats and never overloads', () => {
    const trips = [trip({ group: 0, option: 0, startS: 14 * HOUR, endS: 15 * HOUR, startLoc: 1, endLoc: 0, load: 50 })];
    const result = solveChaining(problem(trips, [bus(35), bus(53), bus(57)], 2, 600), SETTINGS);
    expect(result.duties).toEqual([{ vehicle: 1, trips: [0] }]);
  });

  it('reports a trip that no bus can hold as over capacity', () => {
    const trips = [trip({ group: 0, option: 0, startS: 14 * HOUR, endS: 15 * HOUR, startLoc: 1, endLoc: 0, load: 60 })];
    const result = solveChaining(problem(trips, [bus(35)], 2, 600), SETTINGS);
    expect(result.unassigned).toEqual([{ trip: 0, reason: 'over_capacity' }]);
  });

  it('leaves a trip unassigned when the fleet is exhausted', () => {
    const trips = [
      trip({ group: 0, option: 0, startS: 14 * HOUR, endS: 15 * HOUR, startLoc: 1, endLoc: 0 }),
      trip({ group: 1, option: 0, startS: 14 * HOUR, endS: 15 * HOUR, startLoc: 2, endLoc: 0 }),
    ];
    const result = solveChaining(problem(trips, [bus(45)], 3, 600), SETTINGS);
    expect(result.duties).toHaveLength(1);
    expect(result.unassigned.map((u) => u.reason)).toEqual(['fleet_exhausted']);
  });

  it('adds a second bus when one driver would exceed 4 h of continuous driving', () => {
    // Two 2.5 h trips back to back (10 min apart: no 20 min break) cannot share a driver.
    const trips = [
      trip({ group: 0, option: 0, startS: 8 * HOUR, endS: 10.5 * HOUR, startLoc: 1, endLoc: 1 }),
      trip({ group: 1, option: 0, startS: 10.5 * HOUR + 600, endS: 13 * HOUR, startLoc: 1, endLoc: 1 }),
    ];
    const p = problem(trips, [bus(45, 1), bus(45, 1)], 2, 0, LOOSE_DUTY);
    expect(checkDuty(p, 0, [0, 1])).toMatchObject({ feasible: false, violation: 'continuous_driving' });
    expect(solveChaining(p, SETTINGS).duties).toHaveLength(2);
  });

  it('produces duties that pass the duty check, cover each chosen trip once, and never beat the lower bound', () => {
    const arbTrip = fc.record({
      group: fc.integer({ min: 0, max: 5 }), option: fc.integer({ min: 0, max: 2 }), start: fc.integer({ min: 12 * 60, max: 18 * 60 }),
      duration: fc.integer({ min: 20, max: 150 }), startLoc: fc.integer({ min: 0, max: 4 }), endLoc: fc.integer({ min: 0, max: 4 }),
      load: fc.integer({ min: 1, max: 55 }),
    });
    fc.assert(
      fc.property(fc.array(arbTrip, { minLength: 1, maxLength: 25 }), fc.array(fc.constantFrom(19, 33, 45, 53), { minLength: 1, maxLength: 8 }), (raw, capacities) => {
        // Make options contiguous per group so that every option index exists.
        const trips = raw.map((r) => trip({ group: r.group, option: r.option, startS: r.start * 60, endS: (r.start + r.duration) * 60, startLoc: r.startLoc, endLoc: r.endLoc, load: r.load }));
        const groupCount = Math.max(...trips.map((t) => t.group)) + 1;
        for (let g = 0; g < groupCount; g++) {
          const options = [...new Set(trips.filter((t) => t.group === g).map((t) => t.option))].sort();
          for (const t of trips) if (t.group === g) (t as { option: number }).option = options.indexOf(t.option);
          if (options.length === 0) trips.push(trip({ group: g, option: 0, startS: 13 * HOUR, endS: 14 * HOUR, startLoc: 0, endLoc: 1 }));
        }
        const p = problem(trips, capacities.map((c, i) => bus(c, i % 5)), 5, 900);
        const result = solveChaining(p, { ...SETTINGS, timeLimitMs: 200, maxIterations: 20 });
        const chosen = trips.map((t, i) => (result.choice[t.group] === t.option ? i : -1)).filter((i) => i >= 0);
        const covered = [...result.duties.flatMap((d) => d.trips), ...result.unassigned.map((u) => u.trip)].sort((a, b) => a - b);
        expect(covered).toEqual(chosen);
        for (const d of result.duties) expect(checkDuty(p, d.vehicle, d.trips).feasible).toBe(true);
        expect(new Set(result.duties.map((d) => d.vehicle)).size).toBe(result.duties.length);
        if (result.unassigned.length === 0) expect(result.duties.length).toBeGreaterThanOrEqual(minimumChainCount(p, Int32Array.from(chosen)));
      }),
      { numRuns: 60 },
    );
  });
});
