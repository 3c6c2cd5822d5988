import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../../../src/domain/errors.js';
import { readCvrplib } from '../../../src/solver/io/cvrplib-reader.js';
import { readBenchmark } from '../../../src/solver/io/read-benchmark.js';
import { readSolomon, SOLOMON_SCALE } from '../../../src/solver/io/solomon-reader.js';

const DATA = resolve(import.meta.dirname, '../../../data/benchmarks');

describe('CVRPLIB reader', () => {
  const inst = readBenchmark(`${DATA}/cvrp/A-n32-k5.vrp`);

  it('reads capacity, demands and the depot of A-n32-k5', () => {
    expect(inst.kind).toBe('cvrp');
    expect(inst.data.clients).toHaveLength(31);
    expect(inst.data.vehicleTypes[0]!.capacity).toBe(100);
    expect(inst.data.clients[0]!.demand).toBe(19);
    expect(inst.data.depots[0]).toMatchObject({ x: 82, y: 76 });
  });

  it('rounds Euclidean distances to the nearest integer (nint)', () => {
    // node 1 (82,76) to node 2 (96,44): sqrt(14² + 32²) = 34.93 → 35
    expect(inst.data.distanceMatrices[0]![1]).toBe(35);
  });

  it('rejects a file that is not EUC_2D', () => {
    expect(() => readCvrplib('NAME : x\nEDGE_WEIGHT_TYPE : EXPLICIT\nDIMENSION : 2\nCAPACITY : 5\n')).toThrow(InvalidInput);
  });
});

describe('Solomon reader', () => {
  const inst = readBenchmark(`${DATA}/vrptw/C101.txt`);

  it('reads fleet, windows and service times of C101 in fixed point', () => {
    expect(inst.kind).toBe('vrptw');
    expect(inst.data.vehicleTypes[0]).toMatchObject({ count: 25, capacity: 200 });
    expect(inst.data.clients[0]).toMatchObject({ demand: 10, twEarlyS: 912 * SOLOMON_SCALE, twLateS: 967 * SOLOMON_SCALE, serviceDurationS: 90 * SOLOMON_SCALE });
    expect(inst.data.depots[0]!.twLateS).toBe(1236 * SOLOMON_SCALE);
  });

  it('keeps unrounded Euclidean distances for reported costs', () => {
    // depot (40,50) to customer 1 (45,68) and back
    expect(inst.routeLength([0])).toBeCloseTo(2 * Math.hypot(5, 18), 10);
    expect(inst.data.distanceMatrices[0]![1]).toBe(Math.round(Math.hypot(5, 18) * SOLOMON_SCALE));
  });

  it('rejects a file without the vehicle table', () => {
    expect(() => readSolomon(readFileSync(`${DATA}/cvrp/A-n32-k5.vrp`, 'utf8'))).toThrow(InvalidInput);
  });
});
