import { describe, expect, it } from 'vitest';
import { validateSchedule } from '../../src/scheduling/validate/validate-schedule.js';
import { cellPlace, gridCounty } from './fixtures/grid-county.js';
import { copy, plan } from './fixtures/schedule-helpers.js';

/**
 * A school two edges from a pier; a water-only landing 3 km out (10 boat min + 5 boarding); two buses
 * (the pier shuttle and the village run leave together) and one boat.
 */
const reservoir = () => gridCounty({
  columns: 3, rows: 1,
  schools: [{ id: 'A', gate: [0, 0], students: [{ at: 'w0', count: 8 }, { at: [1, 0], count: 5 }] }],
  vehicles: [{ id: 'BUS1', capacity: 19, depot: [0, 0] }, { id: 'BUS2', capacity: 19, depot: [0, 0] }, { id: 'BOAT1', capacity: 12, depot: [2, 0], kind: 'boat' }],
  pier: { at: [2, 0], landingsM: [3000] },
});

describe('bus and boat', () => {
  const county = reservoir();
  const s = plan(county);

  it('serves a water-only village by bus to the pier, then boat, with a valid transfer both ways', () => {
    expect(s.unserved).toEqual([]);
    expect(validateSchedule(s, { records: county })).toEqual([]);
    const water = county.students.filter((x) => x.homePlaceId === 'w0').map((x) => x.id);
    for (const direction of ['home', 'return'] as const) {
      for (const id of water) {
        const a = s.assignments.find((x) => x.studentId === id && x.direction === direction)!;
        expect(a.legs).toHaveLength(2);
        const modes = a.legs.map((l) => s.runs.find((r) => r.id === l.runId)!.mode);
        expect(modes).toEqual(direction === 'home' ? ['bus', 'boat'] : ['boat', 'bus']);
      }
      const t = s.transfers.filter((x) => s.runs.find((r) => r.id === x.fromRunId)!.direction === direction);
      expect(t).toHaveLength(1);
      expect(t[0]!.placeId).toBe(cellPlace([2, 0]));
      expect([...t[0]!.studentIds].sort()).toEqual([...water].sort());
    }
    expect(s.runs.filter((r) => r.mode === 'boat').every((r) => r.vehicleId === 'BOAT1')).toBe(true);
    expect(s.runs.filter((r) => r.mode === 'bus').every((r) => r.vehicleId.startsWith('BUS'))).toBe(true);
  });

  it('catches a missed connection: a boat leaving before the bus has arrived plus the transfer time', () => {
    const bad = copy(s);
    const boat = bad.runs.find((r) => r.mode === 'boat' && r.direction === 'home')!;
    for (const stop of boat.stops) {
      stop.arriveS -= 900;
      stop.departS -= 900;
    }
    const codes = validateSchedule(bad, { records: county }).map((v) => v.code);
    expect(codes).toContain('transfer_too_short');
  });

  it('catches a transfer to a run that does not exist', () => {
    const bad = copy(s);
    bad.transfers[0] = { ...bad.transfers[0]!, toRunId: 'H-A-B9' };
    const codes = validateSchedule(bad, { records: county }).map((v) => v.code);
    expect(codes).toContain('transfer_unknown_run');
    expect(codes).toContain('transfer_missing');
  });
});

describe('boat waves', () => {
  // 20 students on the water and one boat of 12 seats: two boat runs, one boat, so two waves.
  const county = gridCounty({
    columns: 3, rows: 1,
    schools: [{ id: 'A', gate: [0, 0], students: [{ at: 'w0', count: 20 }, { at: [1, 0], count: 5 }] }],
    vehicles: [{ id: 'BUS1', capacity: 19, depot: [0, 0] }, { id: 'BUS2', capacity: 19, depot: [0, 0] }, { id: 'BOAT1', capacity: 12, depot: [2, 0], kind: 'boat' }],
    pier: { at: [2, 0], landingsM: [3000] },
  });
  const s = plan(county);

  it('serves a pier demand larger than the only boat in two waves of that boat, validator-clean', () => {
    expect(s.unserved).toEqual([]);
    expect(validateSchedule(s, { records: county })).toEqual([]);
    for (const direction of ['home', 'return'] as const) {
      const boats = s.runs.filter((r) => r.mode === 'boat' && r.direction === direction).sort((a, b) => a.stops[0]!.arriveS - b.stops[0]!.arriveS);
      expect(boats).toHaveLength(2);
      expect(boats.every((r) => r.vehicleId === 'BOAT1' && r.maxLoad <= 12)).toBe(true);
      expect(boats[1]!.stops[0]!.arriveS).toBeGreaterThanOrEqual(boats[0]!.stops.at(-1)!.departS);
    }
  });
});

describe('two schools, one boat, the same slot', () => {
  // A and B dismiss (and take back) at one fixed time each, both with 10 students on the water: their
  // boat runs are timed for the same wave, and the one left without the boat moves to the next wave.
  const county = gridCounty({
    columns: 3, rows: 1,
    schools: [
      { id: 'A', gate: [0, 0], home: ['14:00', '14:00'], back: ['16:00', '16:00'], students: [{ at: 'w0', count: 10 }] },
      { id: 'B', gate: [1, 0], home: ['14:00', '14:00'], back: ['16:00', '16:00'], students: [{ at: 'w0', count: 10 }] },
    ],
    vehicles: [{ id: 'BUS1', capacity: 19, depot: [0, 0] }, { id: 'BUS2', capacity: 19, depot: [1, 0] }, { id: 'BOAT1', capacity: 12, depot: [2, 0], kind: 'boat' }],
    pier: { at: [2, 0], landingsM: [3000] },
  });
  const s = plan(county);

  it('serves both schools, one of them on a later (home) or earlier (return) wave, validator-clean', () => {
    expect(s.unserved).toEqual([]);
    expect(validateSchedule(s, { records: county })).toEqual([]);
    for (const direction of ['home', 'return'] as const) {
      const boats = s.runs.filter((r) => r.mode === 'boat' && r.direction === direction);
      expect(boats.map((r) => r.schoolId).sort()).toEqual(['A', 'B']);
    }
  });
});
