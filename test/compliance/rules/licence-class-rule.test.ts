import { describe, expect, it } from 'vitest';
import { licencePermits, vehicleCategory } from '../../../src/compliance/rules/licence-class-rule.js';
import type { LicenceClass, VehicleKind } from '../../../src/domain/fleet.js';

describe('licence class rule', () => {
  it.each([
    ['bus', 20, 'large_bus'], ['bus', 19, 'medium_bus'], ['bus', 10, 'medium_bus'], ['bus', 9, 'small_bus'], ['boat', 40, 'boat'],
  ] as const)('classes a %s of %i seats as %s', (kind, seats, category) => {
    expect(vehicleCategory({ kind, approvedCapacity: seats })).toBe(category);
  });

  it.each([
    ['A1', 'bus', 45, true], ['B1', 'bus', 20, false], ['B1', 'bus', 19, true], ['A2', 'bus', 19, true], ['A3', 'bus', 19, false],
    ['C1', 'bus', 9, true], ['C1', 'bus', 10, false], ['A1', 'boat', 12, false], ['boat_master', 'boat', 12, true], ['boat_master', 'bus', 9, false],
  ] as const)('%s on a %s of %i seats: %s', (licence: LicenceClass, kind: VehicleKind, seats: number, allowed: boolean) => {
    expect(licencePermits(licence, { kind, approvedCapacity: seats })).toBe(allowed);
  });
});
