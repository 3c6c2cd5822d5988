import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedOn } from '../../../src/compliance/status/allowed-on.js';
import { fleetStatus } from '../../../src/compliance/status/fleet-status.js';
import { licencePermits } from '../../../src/compliance/rules/licence-class-rule.js';
import { addDays } from '../../../src/domain/calendar.js';
import type { LicenceClass } from '../../../src/domain/fleet.js';
import { FRIDAY, coach, driver, inspection, oneCoach, plate, policy, trafficPolicy } from '../fixtures/one-coach.js';

describe('allowedOn', () => {
  it('offers the compliant coach with its approved capacity and the plate driver first', () => {
    const records = oneCoach({ drivers: [driver({ id: 'd-0' }), driver()] });
    const fleet = allowedOn(records, FRIDAY);
    expect(fleet.excluded).toEqual([]);
    expect(fleet.vehicles).toHaveLength(1);
    expect(fleet.vehicles[0]).toMatchObject({ capacity: 33, plate: { id: 'plate-1' } });
    expect(fleet.vehicles[0]?.drivers.map((d) => d.id)).toEqual(['d-1', 'd-0']);
  });

  it('removes a vehicle whose plate is suspended, with the reason', () => {
    const fleet = allowedOn(oneCoach({ plates: [plate({ status: 'suspended', statusReason: 'complaint' })] }), FRIDAY);
    expect(fleet.vehicles).toEqual([]);
    expect(fleet.excluded).toMatchObject([{ vehicleId: 'bus-1', reasons: [{ code: 'plate_suspended' }] }]);
  });

  it('keeps an expiring vehicle, carrying its expiring reasons', () => {
    const fleet = allowedOn(oneCoach({ insurance: [policy({ validTo: FRIDAY }), trafficPolicy()] }), FRIDAY);
    expect(fleet.vehicles[0]?.reasons.map((r) => r.code)).toEqual(['insurance_expiring']);
  });

  it('puts every vehicle in exactly one list, and only unblocked, plated, driven vehicles in the allowed one', () => {
    const licence = fc.constantFrom<LicenceClass>('A1', 'A1', 'B1', 'C1', 'boat_master');
    const vehicleArb = fc.record({
      seats: fc.integer({ min: 5, max: 55 }), kind: fc.constantFrom('bus' as const, 'boat' as const),
      status: fc.constantFrom('active' as const, 'active' as const, 'out_of_service' as const),
      inspectedDaysAgo: fc.option(fc.integer({ min: 0, max: 250 })), passed: fc.constantFrom(true, true, true, false),
      insuredDaysLeft: fc.option(fc.integer({ min: -20, max: 60 })),
      plateState: fc.constantFrom('active' as const, 'active' as const, 'suspended' as const, 'revoked' as const, 'none' as const),
      plateDriver: fc.nat(),
      plateDaysLeft: fc.integer({ min: -10, max: 200 }),
    });
    const driverArb = fc.record({ licence, age: fc.integer({ min: 20, max: 66 }), endorsed: fc.constantFrom(true, true, true, false), years: fc.integer({ min: 0, max: 30 }) });
    let allowedSeen = 0;
    fc.assert(fc.property(fc.array(vehicleArb, { minLength: 1, maxLength: 8 }), fc.array(driverArb, { maxLength: 6 }), (vs, ds) => {
      const records = oneCoach({
        vehicles: vs.map((v, i) => coach({ id: `v${i}`, kind: v.kind, approvedCapacity: v.seats, status: v.status })),
        drivers: ds.map((d, i) => driver({ id: `d${i}`, licenceClass: d.licence, birthDate: addDays(FRIDAY, -d.age * 365 - 100), schoolTransportEndorsed: d.endorsed, licensedSince: addDays(FRIDAY, -d.years * 366) })),
        inspections: vs.flatMap((v, i) => (v.inspectedDaysAgo === null ? [] : [inspection({ id: `i${i}`, vehicleId: `v${i}`, inspectedOn: addDays(FRIDAY, -v.inspectedDaysAgo), passed: v.passed })])),
        insurance: vs.flatMap((v, i) => (v.insuredDaysLeft === null ? [] : [
          policy({ id: `p${i}`, vehicleId: `v${i}`, validTo: addDays(FRIDAY, v.insuredDaysLeft) }), trafficPolicy({ id: `t${i}`, vehicleId: `v${i}` }),
        ])),
        plates: vs.flatMap((v, i) => (v.plateState === 'none' ? [] : [plate({ id: `pl${i}`, plateNo: `N${i}`, vehicleId: `v${i}`, driverId: `d${v.plateDriver % Math.max(1, ds.length)}`, status: v.plateState, validTo: addDays(FRIDAY, v.plateDaysLeft) })])),
      });
      const fleet = allowedOn(records, FRIDAY);
      allowedSeen += fleet.vehicles.length;
      const ids = [...fleet.vehicles.map((a) => a.vehicle.id), ...fleet.excluded.map((e) => e.vehicleId)].sort();
      expect(ids).toEqual(records.vehicles.map((v) => v.id).sort());
      const status = new Map(fleetStatus(records, FRIDAY).vehicles.map((s) => [s.vehicleId, s]));
      for (const a of fleet.vehicles) {
        expect(status.get(a.vehicle.id)?.reasons.some((r) => r.severity === 'blocking')).toBe(false);
        expect(a.capacity).toBe(a.vehicle.approvedCapacity);
        expect(a.plate.status === 'active' && a.plate.validFrom <= FRIDAY && FRIDAY <= a.plate.validTo).toBe(true);
        expect(a.drivers.length).toBeGreaterThan(0);
        for (const d of a.drivers) expect(licencePermits(d.licenceClass, a.vehicle) && d.operatorId === a.vehicle.operatorId).toBe(true);
      }
      for (const e of fleet.excluded) expect(e.reasons.length).toBeGreaterThan(0);
    }), { numRuns: 200 });
    expect(allowedSeen).toBeGreaterThan(0);
  });
});

describe('fleetStatus', () => {
  it('counts vehicles and drivers in each state', () => {
    const records = oneCoach({ vehicles: [coach(), coach({ id: 'bus-2', registrationNo: '浙K·C0002' })] });
    const s = fleetStatus(records, FRIDAY);
    expect(s.counts.vehicles).toEqual({ compliant: 1, expiring: 0, non_compliant: 1 });
    expect(s.counts.drivers).toEqual({ compliant: 1, expiring: 0, non_compliant: 0 });
    expect(s.vehicles[1]?.reasons.map((r) => r.code)).toEqual(['inspection_missing', 'insurance_missing', 'traffic_insurance_missing', 'plate_missing']);
  });
});
