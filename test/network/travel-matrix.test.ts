import { describe, expect, it } from 'vitest';
import { NotFound, Unreachable } from '../../src/domain/errors.js';
import type { RoadSegment } from '../../src/domain/road-segment.js';
import { buildNetwork } from '../../src/network/build-network.js';
import { travelMatrix } from '../../src/network/compute-travel-matrix.js';
import type { MatrixOptionsInput } from '../../src/network/matrix-options.js';
import { NO_HAZARDS } from './fixtures/builders.js';
import { handGrid, handGridAt } from './fixtures/hand-grid.js';

/** Seconds from one hand-grid place to another under options, with some roads changed. */
function seconds(from: string, to: string, options: MatrixOptionsInput, over: Record<string, Partial<RoadSegment>> = {}): number {
  const { roads, places } = handGrid(over);
  const m = travelMatrix(buildNetwork({ roads, waterways: [], places }), options, [from, to]);
  return m.durationSAt(0, 1);
}

const LOADED = { profile: 'loaded' } as const;
const EMPTY = { profile: 'empty' } as const;

describe('travel matrix on the hand grid', () => {
  it('takes 60 s per 1 km link at 60 km/h, loaded and empty, on a clear day', () => {
    const { roads, places } = handGrid();
    const network = buildNetwork({ roads, waterways: [], places });
    for (const profile of ['loaded', 'empty'] as const) {
      const m = travelMatrix(network, { profile }, ['p00', 'p22', 'p10']);
      expect(Array.from(m.durationS)).toEqual([0, 240, 60, 240, 0, 180, 60, 180, 0]);
      expect(Array.from(m.distanceM)).toEqual([0, 4000, 1000, 4000, 0, 3000, 1000, 3000, 0]);
    }
  });

  it('drives at the posted limit when it is below the class speed', () => {
    expect(seconds('p00', 'p10', EMPTY, { h00: { postedSpeedKmh: 40 } })).toBe(90);
    expect(seconds('p00', 'p10', LOADED, { h00: { postedSpeedKmh: 40 } })).toBe(90);
  });

  it('drives at the class speed when the posted limit is higher', () => {
    expect(seconds('p00', 'p10', EMPTY, { h00: { roadClass: 'village' } })).toBe(120);
    expect(seconds('p00', 'p10', EMPTY, { h00: { roadClass: 'township' } })).toBe(90);
  });

  it('caps loaded speed at 80 km/h on expressways and 60 km/h elsewhere, but not empty speed', () => {
    const expressway = { h00: { roadClass: 'expressway', postedSpeedKmh: 120 } } as const;
    expect(seconds('p00', 'p10', EMPTY, expressway)).toBe(36); // 100 km/h
    expect(seconds('p00', 'p10', LOADED, expressway)).toBe(45); // 80 km/h
    const national = { h00: { roadClass: 'national', postedSpeedKmh: 100 } } as const;
    expect(seconds('p00', 'p10', EMPTY, national)).toBe(45); // 80 km/h
    expect(seconds('p00', 'p10', LOADED, national)).toBe(60); // 60 km/h
  });

  it.each(['sharpCurves', 'steepGrade', 'narrowRoad', 'narrowBridge'] as const)('crawls at 20 km/h loaded on a road with %s', (flag) => {
    // 20 km/h on h00 and h10: 180 s each; the detour v00 h01 h11 v20 takes 240 s.
    const over = { h00: { hazards: { ...NO_HAZARDS, [flag]: true } }, h10: { hazards: { ...NO_HAZARDS, [flag]: true } } };
    expect(seconds('p00', 'p20', LOADED, over)).toBe(240);
    expect(seconds('p00', 'p10', LOADED, over)).toBe(180);
    expect(seconds('p00', 'p10', EMPTY, over)).toBe(60);
  });

  it('adds the county hazard minutes on cliff-side roads only when the policy asks for it', () => {
    const cliff = { h00: { hazards: { ...NO_HAZARDS, cliffSide: true } } };
    expect(seconds('p00', 'p10', LOADED, cliff)).toBe(60);
    expect(seconds('p00', 'p10', { profile: 'loaded', policy: { extraMinPerHazardKm: 1 } }, cliff)).toBe(120);
    expect(seconds('p00', 'p10', { profile: 'loaded', policy: { extraMinPerHazardKm: 1, hazardFlags: ['sharpCurves'] } }, cliff)).toBe(60);
    expect(seconds('p00', 'p10', { profile: 'empty', policy: { extraMinPerHazardKm: 1 } }, cliff)).toBe(60);
  });

  it.each(['rain', 'fog', 'snow'] as const)('drives loaded at 20 km/h on every road in %s', (weather) => {
    expect(seconds('p00', 'p22', { profile: 'loaded', conditions: { weather } }, { h00: { roadClass: 'expressway', postedSpeedKmh: 120 } })).toBe(720);
  });

  it('keeps empty speed in rain and fog and drives empty at 30 km/h in snow', () => {
    expect(seconds('p00', 'p22', { profile: 'empty', conditions: { weather: 'rain' } })).toBe(240);
    expect(seconds('p00', 'p22', { profile: 'empty', conditions: { weather: 'fog' } })).toBe(240);
    expect(seconds('p00', 'p22', { profile: 'empty', conditions: { weather: 'snow' } })).toBe(480);
  });

  it('rounds the total time up to whole seconds', () => {
    expect(seconds('p00', 'p10', EMPTY, { h00: { lengthM: 1001 } })).toBe(61); // 60.06 s
  });

  it('drives a one-way road only along its direction', () => {
    expect(seconds('p00', 'p10', EMPTY, { h00: { oneway: true } })).toBe(60);
    expect(seconds('p10', 'p00', EMPTY, { h00: { oneway: true } })).toBe(180);
  });
});

describe('closures', () => {
  const closedH00 = (from: string | null, to: string | null) => ({ weather: 'clear' as const, closed: [{ id: 'h00', reason: 'landslide', from, to }] });

  it('detours around a segment closed all day', () => {
    expect(seconds('p00', 'p10', { profile: 'empty', conditions: closedH00(null, null) })).toBe(180);
  });

  it('closes a segment only while the closure covers the asked time', () => {
    const conditions = closedH00('2026-12-04T14:00:00+08:00', '2026-12-04T18:00:00+08:00');
    expect(seconds('p00', 'p10', { profile: 'empty', conditions, at: '2026-12-04T13:59:59+08:00' })).toBe(60);
    expect(seconds('p00', 'p10', { profile: 'empty', conditions, at: '2026-12-04T15:00:00+08:00' })).toBe(180);
    expect(seconds('p00', 'p10', { profile: 'empty', conditions, at: '2026-12-04T18:00:00+08:00' })).toBe(60);
    expect(seconds('p00', 'p10', { profile: 'empty', conditions, at: '2026-12-04' })).toBe(180);
    expect(seconds('p00', 'p10', { profile: 'empty', conditions, at: '2026-12-05' })).toBe(60);
    const interval = { from: '2026-12-04T17:00:00+08:00', to: '2026-12-04T19:00:00+08:00' };
    expect(seconds('p00', 'p10', { profile: 'empty', conditions, at: interval })).toBe(180);
  });

  it('applies a standing closure recorded on the segment', () => {
    const closure = { reason: 'works', from: '2026-11-01T00:00:00+08:00', to: '2026-12-01T00:00:00+08:00' };
    expect(seconds('p00', 'p10', { profile: 'loaded', at: '2026-11-15' }, { h00: { closure } })).toBe(180);
    expect(seconds('p00', 'p10', { profile: 'loaded', at: '2026-12-04' }, { h00: { closure } })).toBe(60);
  });

  it('reports a place cut off by closures as unreachable, with -1 entries and an Unreachable error naming both places', () => {
    const { roads, places } = handGrid();
    const network = buildNetwork({ roads, waterways: [], places });
    const conditions = { weather: 'clear' as const, closed: [{ id: 'h00', reason: 'flood' }, { id: 'v00', reason: 'flood' }] };
    const m = travelMatrix(network, { profile: 'loaded', conditions }, ['p00', 'p11']);
    expect(m.reachable(0, 1)).toBe(false);
    expect(m.reachable(1, 0)).toBe(false);
    expect(m.durationS[1]).toBe(-1);
    expect(m.distanceM[1]).toBe(-1);
    expect(m.durationSAt(0, 0)).toBe(0);
    expect(() => m.durationSAt(0, 1)).toThrow(Unreachable);
    expect(() => m.distanceMAt(1, 0)).toThrow(/"p11" to "p00"/);
    expect(m.path(0, 1)).toBeNull();
    expect(m.lowestSpeedCapKmh(0, 1)).toBeNull();
    expect(m.unreachablePairs().map((p) => `${p.fromPlaceId}>${p.toPlaceId}`)).toEqual(['p00>p11', 'p11>p00']);
  });
});

describe('night and paths', () => {
  it('flags a path on a low-grade road and avoids such roads when asked', () => {
    const { roads, places } = handGrid({ h00: { technicalGrade: 4 } });
    const network = buildNetwork({ roads, waterways: [], places });
    const plain = travelMatrix(network, LOADED, ['p00', 'p10']);
    expect(plain.durationSAt(0, 1)).toBe(60);
    expect(plain.usesLowGrade(0, 1)).toBe(true);
    expect(plain.usesLowGrade(0, 0)).toBe(false);
    const night = travelMatrix(network, { profile: 'loaded', avoidLowGrade: true }, ['p00', 'p10']);
    expect(night.durationSAt(0, 1)).toBe(180);
    expect(night.usesLowGrade(0, 1)).toBe(false);
    expect(night.path(0, 1)?.segmentIds).toEqual(['v00', 'h01', 'v10']);
  });

  it('expands an entry into its segments, geometry and lowest speed cap, in both directions', () => {
    const { roads, places } = handGrid({ h00: { postedSpeedKmh: 40 } });
    const network = buildNetwork({ roads, waterways: [], places });
    const m = travelMatrix(network, LOADED, ['p00', 'p20']);
    const there = m.path(0, 1)!;
    expect(there.segmentIds).toEqual(['h00', 'h10']);
    expect(there.geometry.coordinates).toEqual([handGridAt(0, 0), handGridAt(1, 0), handGridAt(2, 0)]);
    expect(there.steps.map((s) => s.speedKmh)).toEqual([40, 60]);
    expect([there.lowestSpeedCapKmh, there.lengthM, there.durationS]).toEqual([40, 2000, 150]);
    expect(m.lowestSpeedCapKmh(0, 1)).toBe(40);
    const back = m.path(1, 0)!;
    expect(back.segmentIds).toEqual(['h10', 'h00']);
    expect(back.geometry.coordinates).toEqual([handGridAt(2, 0), handGridAt(1, 0), handGridAt(0, 0)]);
    expect(m.path(0, 0)).toMatchObject({ segmentIds: [], lengthM: 0, durationS: 0, lowestSpeedCapKmh: null });
  });

  it('rejects place ids it does not know', () => {
    const { roads, places } = handGrid();
    const network = buildNetwork({ roads, waterways: [], places });
    expect(() => travelMatrix(network, LOADED, ['p00', 'nowhere'])).toThrow(NotFound);
  });

  it('returns the cached matrix for the same question and a new one for other conditions', () => {
    const { roads, places } = handGrid();
    const network = buildNetwork({ roads, waterways: [], places });
    const a = travelMatrix(network, { profile: 'loaded', conditions: { weather: 'clear', closed: [] } }, ['p00', 'p22']);
    expect(travelMatrix(network, { profile: 'loaded' }, ['p00', 'p22'])).toBe(a);
    expect(travelMatrix(network, { profile: 'loaded', conditions: { weather: 'rain' } }, ['p00', 'p22'])).not.toBe(a);
    expect(travelMatrix(network, { profile: 'loaded' }, ['p22', 'p00'])).not.toBe(a);
  });

  it('rejects bad options naming the field', () => {
    const { roads, places } = handGrid();
    const network = buildNetwork({ roads, waterways: [], places });
    expect(() => travelMatrix(network, { profile: 'loaded', policy: { boardingS: -5 } }, ['p00'])).toThrow(/policy\.boardingS/);
    expect(() => travelMatrix(network, { profile: 'loaded', at: 'tomorrow' }, ['p00'])).toThrow(/at/);
  });
});
