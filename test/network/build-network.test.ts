import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../../src/domain/errors.js';
import { buildNetwork } from '../../src/network/build-network.js';
import { travelMatrix } from '../../src/network/compute-travel-matrix.js';
import { place, road } from './fixtures/builders.js';
import { handGrid, handGridAt } from './fixtures/hand-grid.js';

describe('buildNetwork', () => {
  it('snaps a place beside a road onto the nearest point and cuts the segment there', () => {
    const { roads, places } = handGrid();
    const mid = place('mid', [119.105, 28.6005]); // about 55 m north of the middle of h00
    const network = buildNetwork({ roads, waterways: [], places: [...places, mid] });
    expect(network.problems).toEqual({ unsnapped: [], unreachable: [], details: [] });
    const at = network.roadPlacements.get('mid')!;
    expect(network.road.nodeKeys[at.node]).toBe('h00@500');
    expect(at.offsetM).toBeGreaterThan(50);
    expect(at.offsetM).toBeLessThan(60);
    const m = travelMatrix(network, { profile: 'empty' }, ['p00', 'mid', 'p10']);
    expect(Array.from(m.durationS)).toEqual([0, 30, 60, 30, 0, 30, 60, 30, 0]);
    expect(Array.from(m.distanceM)).toEqual([0, 500, 1000, 500, 0, 500, 1000, 500, 0]);
    expect(m.path(0, 2)?.segmentIds).toEqual(['h00']);
    const [start, end, ...rest] = m.path(0, 1)!.geometry.coordinates;
    expect([start, rest]).toEqual([handGridAt(0, 0), []]);
    // turf snaps along the great circle, a hair north of the parallel.
    expect(end![0]).toBeCloseTo(119.105, 6);
    expect(end![1]).toBeCloseTo(28.6, 6);
  });

  it('puts two places at the same point on one node, zero seconds apart', () => {
    const { roads, places } = handGrid();
    const a = place('a', [119.105, 28.6003]);
    const b = place('b', [119.105, 28.5997]);
    const network = buildNetwork({ roads, waterways: [], places: [...places, a, b] });
    expect(network.roadPlacements.get('a')!.node).toBe(network.roadPlacements.get('b')!.node);
    expect(travelMatrix(network, { profile: 'loaded' }, ['a', 'b']).durationSAt(0, 1)).toBe(0);
  });

  it('reports a place farther than the tolerance from every road as unsnapped, and its matrix entries as unreachable', () => {
    const { roads, places } = handGrid();
    const far = place('far', [119.1, 28.7]); // about 9 km north
    const near = place('near', [119.105, 28.6005]); // about 55 m off h00
    const network = buildNetwork({ roads, waterways: [], places: [...places, far, near], snapToleranceM: 40 });
    expect(network.problems.unsnapped).toEqual(['far', 'near']);
    const m = travelMatrix(network, { profile: 'loaded' }, ['p00', 'far']);
    expect([m.reachable(0, 1), m.reachable(1, 0), m.reachable(1, 1)]).toEqual([false, false, false]);
    expect(buildNetwork({ roads, waterways: [], places: [...places, near], snapToleranceM: 100 }).problems.unsnapped).toEqual([]);
  });

  it('reports a place on a road cut off from the main network as unreachable', () => {
    const { roads, places } = handGrid();
    const island = road('island', 'i1', 'i2', [[119.3, 28.6], [119.31, 28.6]], 1000);
    const trap = road('trap', 'n22', 't1', [handGridAt(2, 2), [119.13, 28.63]], 1000, { oneway: true });
    const network = buildNetwork({
      roads: [...roads, island, trap],
      waterways: [],
      places: [...places, place('on-island', [119.3, 28.6]), place('in-trap', [119.13, 28.63])],
    });
    expect(network.problems.unreachable).toEqual(['on-island', 'in-trap']);
    expect(network.problems.unsnapped).toEqual([]);
  });

  it('builds a graphology model that matches the CSR arrays arc for arc', () => {
    const { roads, places } = handGrid({ h00: { oneway: true } });
    const network = buildNetwork({ roads, waterways: [], places });
    const { graph, csr } = network.road;
    expect(graph.order).toBe(9);
    expect(graph.size).toBe(csr.arcCount);
    expect(csr.arcCount).toBe(23);
    graph.forEachEdge((_key, attrs, source, target) => {
      expect(network.road.nodeKeys[csr.tail[attrs.arc]!]).toBe(source);
      expect(network.road.nodeKeys[csr.head[attrs.arc]!]).toBe(target);
    });
  });

  it.each([
    ['roads', () => { const g = handGrid(); return { roads: [...g.roads, g.roads[0]!], waterways: [], places: g.places }; }, 'roads[12].id'],
    ['places', () => { const g = handGrid(); return { roads: g.roads, waterways: [], places: [...g.places, g.places[0]!] }; }, 'places[9].id'],
    ['snapToleranceM', () => ({ ...handGrid(), waterways: [], snapToleranceM: 0 }), 'snapToleranceM'],
  ])('rejects bad %s naming the field', (_what, input, field) => {
    try {
      buildNetwork(input());
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInput);
      expect((error as InvalidInput).details.map((d) => d.field)).toEqual([field]);
    }
  });
});
