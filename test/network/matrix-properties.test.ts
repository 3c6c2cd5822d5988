import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Weather } from '../../src/domain/conditions.js';
import type { Position } from '../../src/domain/geo.js';
import type { RoadSegment } from '../../src/domain/road-segment.js';
import { buildNetwork } from '../../src/network/build-network.js';
import { travelMatrix } from '../../src/network/compute-travel-matrix.js';
import { roadSpeedKmh, travelTimeMs } from '../../src/network/speed-rules.js';
import { place, road } from './fixtures/builders.js';
import { referenceDijkstra, type RefArc } from './fixtures/reference-dijkstra.js';

/**
 * Nodes sit on a circle (radius ~5 km), so no road passes through a node it does not end at, and a
 * place on a node snaps to that node.
 */
const nodeAt = (i: number, n: number): Position => {
  const angle = (2 * Math.PI * i) / n + 0.1;
  return [119.1 + 0.05 * Math.cos(angle), 28.6 + 0.05 * Math.sin(angle)];
};

const segmentArb = (n: number) =>
  fc.record({
    from: fc.nat(n - 1),
    step: fc.integer({ min: 1, max: n - 1 }),
    // Round lengths and speeds half the time, so equally fast paths of different lengths occur.
    lengthM: fc.oneof(fc.integer({ min: 1, max: 5000 }), fc.constantFrom(500, 1000, 1500, 2000)),
    roadClass: fc.constantFrom('expressway', 'national', 'provincial', 'county', 'township', 'village' as const),
    postedSpeedKmh: fc.oneof(fc.integer({ min: 5, max: 120 }), fc.constantFrom(30, 60)),
    technicalGrade: fc.integer({ min: 0, max: 5 }),
    sharpCurves: fc.boolean(),
    oneway: fc.boolean(),
  });

const graphArb = fc.integer({ min: 2, max: 9 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    segments: fc.array(segmentArb(n), { minLength: 1, maxLength: 18 }),
    placeNodes: fc.uniqueArray(fc.nat(n - 1), { minLength: 1, maxLength: n }),
    profile: fc.constantFrom('loaded' as const, 'empty' as const),
    weather: fc.constantFrom<Weather>('clear', 'rain', 'snow'),
    closed: fc.array(fc.nat(), { maxLength: 3 }),
    extraClosed: fc.nat(),
  }),
);

type Case = typeof graphArb extends fc.Arbitrary<infer T> ? T : never;

function roadsOf(c: Case): RoadSegment[] {
  return c.segments.map((s, k) => {
    const to = (s.from + s.step) % c.n;
    return road(`s${k}`, `n${s.from}`, `n${to}`, [nodeAt(s.from, c.n), nodeAt(to, c.n)], s.lengthM, {
      roadClass: s.roadClass,
      postedSpeedKmh: s.postedSpeedKmh,
      technicalGrade: s.technicalGrade,
      hazards: { cliffSide: false, waterSide: false, steepGrade: false, sharpCurves: s.sharpCurves, narrowRoad: false, narrowBridge: false },
      oneway: s.oneway,
    });
  });
}

function closedIds(c: Case, extra: boolean): string[] {
  const ids = c.closed.map((k) => `s${k % c.segments.length}`);
  return extra ? [...ids, `s${c.extraClosed % c.segments.length}`] : ids;
}

function matrixOf(c: Case, closed: string[]) {
  const places = c.placeNodes.map((i) => place(`p${i}`, nodeAt(i, c.n)));
  const network = buildNetwork({ roads: roadsOf(c), waterways: [], places, snapToleranceM: 1 });
  const conditions = { weather: c.weather, closed: closed.map((id) => ({ id, reason: 'test', from: null, to: null })) };
  return travelMatrix(network, { profile: c.profile, conditions }, places.map((p) => p.id));
}

function referenceAdjacency(c: Case, closed: ReadonlySet<string>): RefArc[][] {
  const adjacency: RefArc[][] = Array.from({ length: c.n }, () => []);
  roadsOf(c).forEach((r, k) => {
    if (closed.has(r.id)) return;
    const timeMs = travelTimeMs(r.lengthM, roadSpeedKmh(r, c.profile, c.weather));
    const s = c.segments[k]!;
    const to = (s.from + s.step) % c.n;
    adjacency[s.from]!.push({ to, timeMs, lengthM: r.lengthM });
    if (!r.oneway) adjacency[to]!.push({ to: s.from, timeMs, lengthM: r.lengthM });
  });
  return adjacency;
}

describe('travel matrix properties', () => {
  it('equals a plain reference Dijkstra on random small graphs, unreachable pairs included', () => {
    fc.assert(
      fc.property(graphArb, (c) => {
        const closed = closedIds(c, false);
        const m = matrixOf(c, closed);
        const adjacency = referenceAdjacency(c, new Set(closed));
        // A node with no road at all is unsnapped: its place is off the network, even to itself.
        const onRoad = (v: number) => c.segments.some((s) => s.from === v || (s.from + s.step) % c.n === v);
        c.placeNodes.forEach((from, i) => {
          const ref = referenceDijkstra(adjacency, from);
          c.placeNodes.forEach((to, j) => {
            const label = onRoad(from) && onRoad(to) ? ref[to]! : null;
            expect(m.reachable(i, j)).toBe(label !== null);
            if (label === null) return;
            expect(m.durationSAt(i, j)).toBe(Math.ceil(label.timeMs / 1000));
            expect(m.distanceMAt(i, j)).toBe(label.lengthM);
            const path = m.path(i, j)!;
            expect([path.durationS, path.lengthM]).toEqual([m.durationSAt(i, j), m.distanceMAt(i, j)]);
            expect(path.lowestSpeedCapKmh).toBe(m.lowestSpeedCapKmh(i, j));
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it('satisfies the triangle inequality on durations', () => {
    fc.assert(
      fc.property(graphArb, (c) => {
        const m = matrixOf(c, closedIds(c, false));
        for (let i = 0; i < m.size; i++) {
          for (let j = 0; j < m.size; j++) {
            for (let k = 0; k < m.size; k++) {
              if (!m.reachable(i, j) || !m.reachable(j, k)) continue;
              expect(m.reachable(i, k)).toBe(true);
              expect(m.durationSAt(i, k)).toBeLessThanOrEqual(m.durationSAt(i, j) + m.durationSAt(j, k));
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never makes a trip shorter by closing one more segment', () => {
    fc.assert(
      fc.property(graphArb, (c) => {
        const before = matrixOf(c, closedIds(c, false));
        const after = matrixOf(c, closedIds(c, true));
        for (let i = 0; i < before.size; i++) {
          for (let j = 0; j < before.size; j++) {
            if (!after.reachable(i, j)) continue;
            expect(before.reachable(i, j)).toBe(true);
            expect(after.durationSAt(i, j)).toBeGreaterThanOrEqual(before.durationSAt(i, j));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
