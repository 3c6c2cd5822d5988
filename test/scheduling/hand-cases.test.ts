import { describe, expect, it } from 'vitest';
import { validateSchedule } from '../../src/scheduling/validate/validate-schedule.js';
import { cellPlace, gridCounty, roadId, EDGE_S } from './fixtures/grid-county.js';
import { plan, servedIds, weekend } from './fixtures/schedule-helpers.js';

/** Two schools at the two ends of a line, ten students each one edge away, one 19-seat bus. */
const twoSchools = (compliant = true) => gridCounty({
  columns: 4, rows: 1,
  schools: [
    { id: 'A', gate: [0, 0], home: ['14:00', '15:00'], back: ['16:00', '17:00'], students: [{ at: [1, 0], count: 10 }] },
    { id: 'B', gate: [3, 0], home: ['14:00', '15:00'], back: ['16:00', '17:00'], students: [{ at: [2, 0], count: 10 }] },
  ],
  vehicles: [{ id: 'BUS1', capacity: 19, depot: [0, 0], compliant }],
});

describe('hand-checkable weekends', () => {
  it('staggers two schools so that one bus serves both, on both days', () => {
    const county = twoSchools();
    const s = plan(county);
    expect(validateSchedule(s, { records: county })).toEqual([]);
    expect(s.unserved).toEqual([]);
    expect(new Set(s.runs.map((r) => r.vehicleId))).toEqual(new Set(['BUS1']));
    const slot = (school: string, d: string) => s.dismissals.find((x) => x.schoolId === school && x.direction === d)!.slotS;
    // One bus: A's run (boarding, 300 s, alighting), 600 s empty to B, 5 min turnaround: B at least 25 min later.
    expect(Math.abs(slot('A', 'home') - slot('B', 'home'))).toBeGreaterThanOrEqual(1500);
    expect(slot('A', 'return')).not.toBe(slot('B', 'return'));
    expect(s.summary.servedHome).toBe(20);
    expect(s.summary.servedReturn).toBe(20);
  });

  it('never uses a vehicle the compliance rules exclude, and says why the students are left', () => {
    const county = twoSchools(false);
    const s = plan(county);
    expect(s.runs).toEqual([]);
    expect(s.unserved).toHaveLength(40);
    expect(new Set(s.unserved.map((u) => u.reasonCode))).toEqual(new Set(['no_vehicle']));
    expect(validateSchedule(s, { records: county })).toEqual([]);
  });

  it('uses the compliant bus when another one is excluded', () => {
    const county = gridCounty({
      columns: 3, rows: 1,
      schools: [{ id: 'A', gate: [0, 0], students: [{ at: [2, 0], count: 12 }] }],
      vehicles: [{ id: 'BAD', capacity: 45, depot: [0, 0], compliant: false }, { id: 'GOOD', capacity: 19, depot: [2, 0] }],
    });
    const s = plan(county);
    expect(s.runs.length).toBeGreaterThan(0);
    expect(s.runs.every((r) => r.vehicleId === 'GOOD')).toBe(true);
    expect(s.unserved).toEqual([]);
  });

  it('reports a village cut off by a closed road as unreachable, naming the place, and serves it on the open day', () => {
    const county = gridCounty({
      columns: 3, rows: 1,
      schools: [{ id: 'A', gate: [0, 0], students: [{ at: [1, 0], count: 5 }, { at: [2, 0], count: 4 }] }],
      vehicles: [{ id: 'BUS1', capacity: 19, depot: [0, 0] }],
    });
    const closed = [{ id: roadId([1, 0], [2, 0]), reason: 'landslide', from: null, to: null }];
    const s = plan(county, weekend({ '2026-12-04': { weather: 'clear', closed } }));
    const home = s.unserved.filter((u) => u.direction === 'home');
    expect(home).toHaveLength(4);
    expect(home.every((u) => u.reasonCode === 'unreachable' && u.placeId === cellPlace([2, 0]) && u.reason.includes(cellPlace([2, 0])))).toBe(true);
    expect(servedIds(s, 'home')).toHaveLength(5);
    expect(servedIds(s, 'return')).toHaveLength(9);
    expect(validateSchedule(s, { records: county })).toEqual([]);
  });

  it('drives slower in rain (20 km/h with students on board), so rides get longer', () => {
    const county = gridCounty({
      columns: 3, rows: 1,
      schools: [{ id: 'A', gate: [0, 0], students: [{ at: [2, 0], count: 8 }] }],
      vehicles: [{ id: 'BUS1', capacity: 19, depot: [0, 0] }],
    });
    const clear = plan(county);
    const rain = plan(county, weekend({ '2026-12-04': { weather: 'rain', closed: [] }, '2026-12-06': { weather: 'rain', closed: [] } }));
    // Two edges: 600 s at 60 km/h, 1,800 s at 20 km/h.
    expect(clear.summary.longestRideS).toBe(2 * EDGE_S);
    expect(rain.summary.longestRideS).toBe(6 * EDGE_S);
    expect(validateSchedule(rain, { records: county })).toEqual([]);
  });
});
