import { describe, expect, it } from 'vitest';
import type { RoadClass } from '../../src/domain/road-segment.js';
import { emptySpeedKmh, loadedSpeedKmh, travelTimeMs } from '../../src/network/speed-rules.js';
import { hazardExtraMs, TravelPolicy } from '../../src/network/travel-policy.js';
import { NO_HAZARDS } from './fixtures/builders.js';

const roadOf = (roadClass: RoadClass, postedSpeedKmh: number, hazards = NO_HAZARDS) => ({ roadClass, postedSpeedKmh, hazards });

describe('speed rules', () => {
  it.each([
    ['expressway', 120, 100, 80],
    ['expressway', 60, 60, 60],
    ['national', 100, 80, 60],
    ['provincial', 80, 70, 60],
    ['county', 60, 60, 60],
    ['county', 40, 40, 40],
    ['township', 60, 40, 40],
    ['village', 60, 30, 30],
  ] as const)('drives a %s road posted %i km/h at %i km/h empty and %i km/h loaded on a clear day', (cls, posted, empty, loaded) => {
    expect(emptySpeedKmh(roadOf(cls, posted), 'clear')).toBe(empty);
    expect(loadedSpeedKmh(roadOf(cls, posted), 'clear')).toBe(loaded);
  });

  it.each(['sharpCurves', 'steepGrade', 'narrowRoad', 'narrowBridge'] as const)('caps loaded speed at 20 km/h where the road has %s, but not empty speed', (flag) => {
    const r = roadOf('national', 80, { ...NO_HAZARDS, [flag]: true });
    expect(loadedSpeedKmh(r, 'clear')).toBe(20);
    expect(emptySpeedKmh(r, 'clear')).toBe(80);
  });

  it.each(['cliffSide', 'waterSide'] as const)('does not cap speed for %s alone', (flag) => {
    expect(loadedSpeedKmh(roadOf('county', 60, { ...NO_HAZARDS, [flag]: true }), 'clear')).toBe(60);
  });

  it.each(['rain', 'fog', 'snow'] as const)('caps loaded speed at 20 km/h on every road in %s', (weather) => {
    expect(loadedSpeedKmh(roadOf('expressway', 120), weather)).toBe(20);
    expect(loadedSpeedKmh(roadOf('village', 30), weather)).toBe(20);
  });

  it('leaves empty speed alone in rain and fog and caps it at 30 km/h on snowy or icy roads', () => {
    expect(emptySpeedKmh(roadOf('expressway', 120), 'rain')).toBe(100);
    expect(emptySpeedKmh(roadOf('expressway', 120), 'fog')).toBe(100);
    expect(emptySpeedKmh(roadOf('expressway', 120), 'snow')).toBe(30);
    expect(emptySpeedKmh(roadOf('village', 30), 'snow')).toBe(30);
  });

  it('rounds a travel time up to the next whole millisecond but not float noise', () => {
    expect(travelTimeMs(1000, 60)).toBe(60_000);
    expect(travelTimeMs(1, 7)).toBe(515); // 514.285… ms
    expect(travelTimeMs(1000, 60, 1000 * 0.1 * 60)).toBe(66_000);
  });

  it('adds the county hazard minutes per km only for the listed flags', () => {
    const cliff = { ...NO_HAZARDS, cliffSide: true };
    expect(hazardExtraMs(1500, cliff, TravelPolicy.parse({ extraMinPerHazardKm: 2 }))).toBe(180_000);
    expect(hazardExtraMs(1500, cliff, TravelPolicy.parse({ extraMinPerHazardKm: 2, hazardFlags: ['sharpCurves'] }))).toBe(0);
    expect(hazardExtraMs(1500, cliff, TravelPolicy.parse({}))).toBe(0);
  });
});
