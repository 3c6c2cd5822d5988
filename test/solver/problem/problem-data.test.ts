import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../../../src/domain/errors.js';
import { ProblemData } from '../../../src/solver/problem/problem-data.js';
import type { ProblemDataInput } from '../../../src/solver/problem/problem-input.js';

const m = new Int32Array([0, 5, 5, 0]);
const valid: ProblemDataInput = {
  depots: [{}],
  clients: [{ demand: 3, serviceDurationS: 10 }],
  vehicleTypes: [{ count: 1, capacity: 5, startDepot: 0, endDepot: 0 }],
  distanceMatrices: [m],
  durationMatrices: [m],
};

describe('ProblemData', () => {
  it('fills defaults: unbounded windows, unit distance cost, pickup direction', () => {
    const data = new ProblemData(valid);
    expect(data.clients[0]!.twEarlyS).toBe(0);
    expect(data.clients[0]!.twLateS).toBeGreaterThan(1e12);
    expect(data.vehicleTypes[0]!.unitDistanceCost).toBe(1);
    expect(data.vehicleTypes[0]!.direction).toBe('pickup');
    expect(data.nbLocations).toBe(2);
  });

  it.each([
    ['clients[0].demand', { ...valid, clients: [{ demand: -1 }] }],
    ['clients[0].demand', { ...valid, clients: [{ demand: 1.5 }] }],
    ['clients[0].twEarlyS', { ...valid, clients: [{ demand: 1, twEarlyS: 9, twLateS: 3 }] }],
    ['clients[0].maxRideTimeS', { ...valid, clients: [{ demand: 1, maxRideTimeS: -4 }] }],
    ['vehicleTypes[0].count', { ...valid, vehicleTypes: [{ count: 0, capacity: 5, startDepot: 0, endDepot: 0 }] }],
    ['vehicleTypes[0].startDepot', { ...valid, vehicleTypes: [{ count: 1, capacity: 5, startDepot: 3, endDepot: 0 }] }],
    ['vehicleTypes[0].profile', { ...valid, vehicleTypes: [{ count: 1, capacity: 5, startDepot: 0, endDepot: 0, profile: 1 }] }],
    ['vehicleTypes', { ...valid, vehicleTypes: [] }],
    ['depots', { ...valid, depots: [] }],
    ['distanceMatrices[0]', { ...valid, distanceMatrices: [new Int32Array(3)] }],
    ['durationMatrices[0]', { ...valid, durationMatrices: [new Int32Array([0, -1, 1, 0])] }],
    ['durationMatrices', { ...valid, durationMatrices: [] }],
  ] as const)('rejects input naming the field %s', (field, input) => {
    expect(() => new ProblemData(input as ProblemDataInput)).toThrow(InvalidInput);
    try {
      new ProblemData(input as ProblemDataInput);
    } catch (err) {
      expect((err as InvalidInput).message).toContain(field);
      expect((err as InvalidInput).details.map((d) => d.field)).toContain(field);
    }
  });
});
