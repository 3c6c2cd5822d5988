import { describe, expect, it } from 'vitest';
import { runPaths } from '../../src/scheduling/paths/run-paths.js';
import { cellPlace, gridCounty, roadId } from './fixtures/grid-county.js';
import { plan } from './fixtures/schedule-helpers.js';

/** A school at the west end of a 4 × 1 grid, villages along the road, a pier at the east end with one landing. */
const county = gridCounty({
  columns: 4, rows: 1,
  schools: [{ id: 'A', gate: [0, 0], students: [{ at: [2, 0], count: 6 }, { at: [3, 0], count: 4 }, { at: 'w0', count: 5 }] }],
  vehicles: [{ id: 'BUS1', capacity: 19, depot: [0, 0] }, { id: 'BUS2', capacity: 19, depot: [0, 0] }, { id: 'BOAT1', capacity: 12, depot: [3, 0], kind: 'boat' }],
  pier: { at: [3, 0], landingsM: [3000] },
});
const schedule = plan(county);
const position = (placeId: string) => {
  const p = county.places.find((x) => x.id === placeId)!;
  return [p.lon, p.lat];
};

describe('runPaths: the runs on the network, for the map', () => {
  const paths = runPaths(schedule, county);

  it('draws every run, each leg from its stop to the next along links of the run\'s mode', () => {
    expect(paths.map((p) => p.runId).sort()).toEqual(schedule.runs.map((r) => r.id).sort());
    const roads = new Set(county.roads.map((r) => r.id));
    const water = new Set(county.waterways.map((w) => w.id));
    for (const p of paths) {
      const run = schedule.runs.find((r) => r.id === p.runId)!;
      const distinct = run.stops.filter((s, k) => k === 0 || s.placeId !== run.stops[k - 1]!.placeId);
      expect(p.legs).toHaveLength(distinct.length - 1);
      for (const leg of p.legs) {
        expect(leg.routed).toBe(true);
        expect(leg.segmentIds.length).toBeGreaterThan(0);
        expect(leg.segmentIds.every((id) => (p.mode === 'bus' ? roads : water).has(id))).toBe(true);
        const line = leg.geometry.coordinates;
        expect(line[0]).toEqual(position(leg.fromPlaceId));
        expect(line[line.length - 1]).toEqual(position(leg.toPlaceId));
      }
    }
  });

  it('follows the grid road by road: the gate to the far village passes every road between them', () => {
    const far = paths.flatMap((p) => p.legs).find((l) => l.fromPlaceId === cellPlace([0, 0]) && l.toPlaceId === cellPlace([2, 0]));
    expect(far?.segmentIds).toEqual([roadId([0, 0], [1, 0]), roadId([1, 0], [2, 0])]);
    expect(far?.lowestSpeedCapKmh).toBe(60);
  });

  it('limits the work to the runs asked for', () => {
    const one = schedule.runs[0]!.id;
    expect(runPaths(schedule, county, { runIds: new Set([one]) }).map((p) => p.runId)).toEqual([one]);
  });

  it('draws a leg whose road has closed since straight, marked not routed, instead of failing', () => {
    const closed = { ...county, roads: county.roads.map((r) => (r.id === roadId([0, 0], [1, 0]) ? { ...r, closure: { reason: '塌方', from: '2026-12-01T00:00:00+08:00', to: null } } : r)) };
    const after = runPaths(schedule, closed).flatMap((p) => p.legs).filter((l) => l.fromPlaceId === cellPlace([0, 0]) || l.toPlaceId === cellPlace([0, 0]));
    expect(after.length).toBeGreaterThan(0);
    for (const leg of after) {
      expect(leg.routed).toBe(false);
      expect(leg.segmentIds).toEqual([]);
      expect(leg.geometry.coordinates).toEqual([position(leg.fromPlaceId), position(leg.toPlaceId)]);
    }
  });
});
