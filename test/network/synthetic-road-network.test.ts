import { describe, expect, it } from 'vitest';
import { syntheticRoadNetwork } from '../../scripts/bench-network/synthetic-road-network.js';
import { buildNetwork } from '../../src/network/build-network.js';

describe('synthetic road network of the benchmark', () => {
  it('is the same for the same seed and different for another', () => {
    const a = syntheticRoadNetwork({ side: 20, seed: 7, deleteShare: 0.1, places: 30 });
    const b = syntheticRoadNetwork({ side: 20, seed: 7, deleteShare: 0.1, places: 30 });
    const c = syntheticRoadNetwork({ side: 20, seed: 8, deleteShare: 0.1, places: 30 });
    expect(b).toEqual(a);
    expect(c.roads.map((r) => r.lengthM)).not.toEqual(a.roads.map((r) => r.lengthM));
  });

  it('puts every place exactly on a node, so snapping cuts nothing', () => {
    const { roads, places } = syntheticRoadNetwork({ side: 20, seed: 7, deleteShare: 0.1, places: 30 });
    const network = buildNetwork({ roads, waterways: [], places });
    expect(network.problems.unsnapped).toEqual([]);
    expect(network.road.nodeKeys.filter((k) => k.includes('@'))).toEqual([]);
    expect(places).toHaveLength(30);
  });
});
