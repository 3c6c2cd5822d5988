import { describe, expect, it } from 'vitest';
import { plateBlockers, type PlateGrant } from '../../../src/compliance/plates/plate-blockers.js';
import { FRIDAY, coach, driver, inspection, oneCoach, plate, policy, rectification } from '../fixtures/one-coach.js';

const grant = (extra: Partial<PlateGrant> = {}): PlateGrant => ({
  vehicle: coach(), driver: driver(), plateNo: '遂校100', validFrom: FRIDAY, validTo: '2027-02-28', ...extra,
});

describe('plateBlockers', () => {
  it('grants a plate to a compliant coach and driver when the vehicle has no other plate', () => {
    expect(plateBlockers(oneCoach({ plates: [] }), grant())).toEqual([]);
  });

  it('refuses with every reason listed', () => {
    const records = oneCoach({
      inspections: [inspection({ inspectedOn: '2026-11-20', passed: false })],
      rectifications: [rectification({ dueOn: '2026-12-05' })],
      insurance: [policy({ validTo: '2026-12-01' })],
    });
    const young = driver({ birthDate: '2003-01-01', schoolTransportEndorsed: false, licenceClass: 'B1', operatorId: 'op-2', licensedSince: '2024-06-01' });
    expect(plateBlockers(records, grant({ driver: young, plateNo: '遂校001' })).map((r) => r.code)).toEqual([
      'inspection_failed', 'rectification_open', 'insurance_expired', 'traffic_insurance_missing',
      'driver_not_endorsed', 'driver_too_young', 'driver_inexperienced', 'driver_wrong_operator', 'driver_licence_mismatch',
      'plate_already_active', 'plate_number_taken',
    ]);
  });

  it('refuses a plate that would outlast the inspection by a day, and accepts one ending with it', () => {
    // inspected 2026-09-01: valid through 2027-02-28.
    const records = oneCoach({ plates: [] });
    expect(plateBlockers(records, grant({ validTo: '2027-03-01' })).map((r) => r.code)).toEqual(['plate_outlasts_inspection']);
    expect(plateBlockers(records, grant({ validTo: '2027-02-28' }))).toEqual([]);
  });

  it('ignores the plate being renewed and revoked plates when checking overlap', () => {
    expect(plateBlockers(oneCoach(), grant({ plateId: 'plate-1', plateNo: '遂校001' }))).toEqual([]);
    expect(plateBlockers(oneCoach({ plates: [plate({ status: 'revoked' })] }), grant())).toEqual([]);
  });
});
