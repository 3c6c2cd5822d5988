import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../src/network/build-network.js';
import { travelMatrix } from '../../src/network/compute-travel-matrix.js';
import { leg, place } from './fixtures/builders.js';
import { handGrid, handGridAt } from './fixtures/hand-grid.js';

/** The hand grid with a pier on n00, two landings on the reservoir and one landing on a separate lake. */
function reservoir(closureTo: string | null = null) {
  const { roads, places } = handGrid();
  const pier = place('pier', handGridAt(0, 0), { kind: 'pier', access: 'both' });
  const west = place('west', [119.05, 28.6], { access: 'water' });
  const far = place('far', [119.0, 28.6], { access: 'water' });
  const lake = place('lake', [119.5, 28.9], { access: 'water' });
  const lake2 = place('lake2', [119.51, 28.9], { access: 'water' });
  const dry = place('dry', [119.0, 28.5], { access: 'water' });
  const closure = closureTo === null ? null : { reason: 'storm', from: '2026-12-04T00:00:00+08:00', to: closureTo };
  const waterways = [
    leg('w1', pier, west, 6000, 12), // 1,800 s
    leg('w2', west, far, 5000, 20, { closure }), // 900 s
    leg('w3', lake, lake2, 1000, 10),
  ];
  return buildNetwork({ roads, waterways, places: [...places, pier, west, far, lake, lake2, dry] });
}

describe('boat matrices', () => {
  it('sails each leg at its boat speed and adds the boarding time once at departure', () => {
    const m = travelMatrix(reservoir(), { profile: 'boat' }, ['pier', 'west', 'far']);
    expect(Array.from(m.durationS)).toEqual([0, 2100, 3000, 2100, 0, 1200, 3000, 1200, 0]);
    expect(Array.from(m.distanceM)).toEqual([0, 6000, 11000, 6000, 0, 5000, 11000, 5000, 0]);
    expect(m.lowestSpeedCapKmh(0, 2)).toBe(12);
    expect(m.path(0, 2)?.segmentIds).toEqual(['w1', 'w2']);
    expect(m.path(0, 2)?.durationS).toBe(3000);
  });

  it('takes the boarding time from the county policy', () => {
    const m = travelMatrix(reservoir(), { profile: 'boat', policy: { boardingS: 0 } }, ['pier', 'west']);
    expect(m.durationSAt(0, 1)).toBe(1800);
  });

  it('closes a leg while its closure lasts', () => {
    const network = reservoir('2026-12-05T00:00:00+08:00');
    const during = travelMatrix(network, { profile: 'boat', at: '2026-12-04T16:00:00+08:00' }, ['pier', 'far']);
    expect(during.reachable(0, 1)).toBe(false);
    const after = travelMatrix(network, { profile: 'boat', at: '2026-12-05T16:00:00+08:00' }, ['pier', 'far']);
    expect(after.durationSAt(0, 1)).toBe(3000);
  });

  it('reports water-only places as unreachable in a road matrix and road-only places in a boat matrix', () => {
    const network = reservoir();
    const road = travelMatrix(network, { profile: 'loaded' }, ['pier', 'west', 'p10']);
    expect(road.durationSAt(0, 2)).toBe(60);
    expect([road.reachable(0, 1), road.reachable(1, 2), road.reachable(1, 1)]).toEqual([false, false, false]);
    const boat = travelMatrix(network, { profile: 'boat' }, ['pier', 'p10']);
    expect([boat.reachable(0, 1), boat.reachable(1, 0)]).toEqual([false, false]);
  });

  it('reports water places with no leg as unsnapped and a lake with no pier as unreachable', () => {
    const { problems } = reservoir();
    expect(problems.unsnapped).toEqual(['dry']);
    expect(problems.unreachable).toEqual(['lake', 'lake2']);
  });
});
