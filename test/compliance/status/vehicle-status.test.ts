import { describe, expect, it } from 'vitest';
import { vehicleStatus } from '../../../src/compliance/status/vehicle-status.js';
import { driverStatus } from '../../../src/compliance/status/driver-status.js';
import { NotFound } from '../../../src/domain/errors.js';
import { FRIDAY, coach, driver, inspection, oneCoach, plate, policy, rectification, trafficPolicy } from '../fixtures/one-coach.js';

const codes = (records = oneCoach(), date = FRIDAY) => vehicleStatus(records, 'bus-1', date).reasons.map((r) => r.code);

describe('vehicleStatus', () => {
  it('finds the one-coach fixture compliant on the Friday, with its plate and driver', () => {
    const s = vehicleStatus(oneCoach(), 'bus-1', FRIDAY);
    expect(s).toMatchObject({ state: 'compliant', reasons: [], approvedCapacity: 33, eligibleDriverIds: ['d-1'] });
    expect(s.plate?.id).toBe('plate-1');
  });

  it('is expiring when the insurance ends within the window, and compliant with a shorter window', () => {
    const records = oneCoach({ insurance: [policy({ validTo: '2026-12-20' }), trafficPolicy()] });
    expect(vehicleStatus(records, 'bus-1', FRIDAY).state).toBe('expiring');
    expect(vehicleStatus(records, 'bus-1', FRIDAY, { expiringWithinDays: 10 }).state).toBe('compliant');
  });

  it('lists every reason of a vehicle that fails on several counts', () => {
    const records = oneCoach({
      vehicles: [coach({ status: 'out_of_service' })],
      inspections: [inspection({ inspectedOn: '2026-11-20', passed: false })],
      rectifications: [rectification({ dueOn: '2026-12-05' })],
      insurance: [policy({ validTo: '2026-12-01' })],
      plates: [plate({ status: 'suspended', statusReason: 'failed inspection' })],
      drivers: [driver({ schoolTransportEndorsed: false })],
    });
    const s = vehicleStatus(records, 'bus-1', FRIDAY);
    expect(s.state).toBe('non_compliant');
    expect(s.reasons.map((r) => r.code)).toEqual([
      'vehicle_out_of_service', 'inspection_failed', 'rectification_open', 'insurance_expired', 'traffic_insurance_missing', 'plate_suspended',
      'no_eligible_driver',
    ]);
    for (const r of s.reasons) expect([r.messageEn.length > 0, r.messageZh.length > 0]).toEqual([true, true]);
  });

  it('blocks when no driver of the operator may drive it: licence class too small for 33 seats', () => {
    expect(codes(oneCoach({ drivers: [driver({ licenceClass: 'B1' })] }))).toEqual(['plate_driver_ineligible']);
    expect(codes(oneCoach({ drivers: [driver({ licenceClass: 'B1' })], plates: [] }))).toEqual(['plate_missing', 'no_eligible_driver']);
  });

  it('blocks when the driver named on the plate may not drive, even if a colleague may', () => {
    const records = oneCoach({ drivers: [driver({ birthDate: '1960-01-01' }), driver({ id: 'd-2', displayName: '驾驶员 2' })] });
    const s = vehicleStatus(records, 'bus-1', FRIDAY);
    expect(s.state).toBe('non_compliant');
    expect(s.reasons).toMatchObject([{ code: 'plate_driver_ineligible', severity: 'blocking', messageEn: expect.stringContaining('driver_too_old') }]);
    expect(s.eligibleDriverIds).toEqual(['d-2']);
  });

  it('does not count drivers of another operator', () => {
    expect(codes(oneCoach({ drivers: [driver({ operatorId: 'op-2' })] }))).toEqual(['plate_driver_ineligible']);
  });

  it('throws NotFound for an unknown vehicle or driver', () => {
    expect(() => vehicleStatus(oneCoach(), 'nope', FRIDAY)).toThrow(NotFound);
    expect(() => driverStatus(oneCoach(), 'nope', FRIDAY)).toThrow(NotFound);
  });

  it('rejects a negative look-ahead window', () => {
    expect(() => vehicleStatus(oneCoach(), 'bus-1', FRIDAY, { expiringWithinDays: -1 })).toThrow(/expiringWithinDays/);
  });
});

describe('driverStatus', () => {
  it('reports a driver turning 61 next week as expiring with a 30-day window', () => {
    const s = driverStatus(oneCoach({ drivers: [driver({ birthDate: '1965-12-10' })] }), 'd-1', FRIDAY, { expiringWithinDays: 30 });
    expect(s).toMatchObject({ state: 'expiring', reasons: [{ code: 'driver_age_limit_near', until: '2026-12-09' }] });
  });
});
