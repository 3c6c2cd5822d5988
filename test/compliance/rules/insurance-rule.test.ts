import { describe, expect, it } from 'vitest';
import { coveredThrough, insuranceReasons } from '../../../src/compliance/rules/insurance-rule.js';
import { policy } from '../fixtures/one-coach.js';

/** Carrier liability alone: what a boat needs. */
const boat = (policies: Parameters<typeof insuranceReasons>[0], date: string, window: number) => insuranceReasons(policies, date, window, 'boat');
const ending = policy({ validFrom: '2025-12-05', validTo: '2026-12-04' });

describe('insurance rule (carrier liability valid on the date)', () => {
  it('accepts a policy whose last day is the service date', () => {
    expect(boat([ending], '2026-12-04', 0)).toEqual([]);
  });

  it('rejects the day after the last day, with the policy and dates', () => {
    expect(boat([ending], '2026-12-05', 0)).toMatchObject([
      { code: 'insurance_expired', severity: 'blocking', since: '2026-12-05', until: '2026-12-04', recordId: 'ins-1' },
    ]);
  });

  it('rejects the day before the first day as missing, naming the coming policy', () => {
    expect(boat([ending], '2025-12-04', 0)).toMatchObject([{ code: 'insurance_missing', recordId: 'ins-1' }]);
  });

  it('does not take compulsory traffic insurance for carrier liability', () => {
    expect(boat([policy({ kind: 'compulsory_traffic' })], '2026-12-04', 0).map((r) => r.code)).toEqual(['insurance_missing']);
  });

  it('asks a bus for compulsory traffic insurance as well, with its own codes, and a boat not', () => {
    const traffic = policy({ id: 'ins-t', kind: 'compulsory_traffic', validFrom: '2025-11-18', validTo: '2026-11-17' });
    expect(insuranceReasons([ending, traffic], '2026-12-04', 0, 'bus')).toMatchObject([{ code: 'traffic_insurance_expired', since: '2026-11-18', recordId: 'ins-t' }]);
    expect(insuranceReasons([ending], '2026-12-04', 0, 'bus').map((r) => r.code)).toEqual(['traffic_insurance_missing']);
    expect(insuranceReasons([ending, traffic], '2026-12-04', 0, 'boat')).toEqual([]);
  });

  it('flags a policy ending on the service date as expiring within any window of a day or more', () => {
    expect(boat([ending], '2026-12-04', 1)).toMatchObject([{ code: 'insurance_expiring', severity: 'expiring', until: '2026-12-04' }]);
  });

  it('chains a renewal starting the next day into one unbroken cover', () => {
    const renewal = policy({ id: 'ins-2', validFrom: '2026-12-05', validTo: '2027-12-04' });
    expect(coveredThrough([ending, renewal], '2026-12-04')).toBe('2027-12-04');
    expect(boat([ending, renewal], '2026-12-04', 30)).toEqual([]);
  });

  it('does not chain across a gap of a day', () => {
    const late = policy({ id: 'ins-2', validFrom: '2026-12-06', validTo: '2027-12-04' });
    expect(coveredThrough([ending, late], '2026-12-04')).toBe('2026-12-04');
    expect(boat([ending, late], '2026-12-05', 0).map((r) => r.code)).toEqual(['insurance_expired']);
  });
});
