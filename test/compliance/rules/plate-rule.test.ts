import { describe, expect, it } from 'vitest';
import { plateReasons } from '../../../src/compliance/rules/plate-rule.js';
import { FRIDAY, plate } from '../fixtures/one-coach.js';

const codes = (plates = [plate()], date = FRIDAY, window = 0) => plateReasons(plates, date, window).map((r) => r.code);

describe('plate rule', () => {
  it('accepts an active plate within its validity, both ends included', () => {
    expect(codes()).toEqual([]);
    expect(codes([plate({ validFrom: FRIDAY })])).toEqual([]);
    expect(codes([plate({ validTo: FRIDAY })])).toEqual([]);
  });

  it('rejects a plate the day after its last day as expired', () => {
    expect(plateReasons([plate({ validTo: '2026-12-03' })], FRIDAY, 0)).toMatchObject([{ code: 'plate_expired', since: FRIDAY, until: '2026-12-03' }]);
  });

  it('rejects a suspended or revoked plate whatever its dates, quoting the reason', () => {
    expect(plateReasons([plate({ status: 'suspended', statusReason: 'speeding' })], FRIDAY, 0)).toMatchObject([{ code: 'plate_suspended', messageEn: expect.stringContaining('speeding') }]);
    expect(codes([plate({ status: 'revoked' })])).toEqual(['plate_revoked']);
  });

  it('reports no plate, or a plate that starts later', () => {
    expect(codes([])).toEqual(['plate_missing']);
    expect(codes([plate({ validFrom: '2026-12-05' })])).toEqual(['plate_not_yet_valid']);
  });

  it('accepts a new active plate even when an older one was revoked', () => {
    expect(codes([plate({ id: 'old', status: 'revoked', validFrom: '2026-03-01' }), plate({ id: 'new' })])).toEqual([]);
  });

  it('flags a plate ending within the window, chaining a follow-on plate', () => {
    expect(codes([plate({ validTo: '2026-12-10' })], FRIDAY, 7)).toEqual(['plate_expiring']);
    expect(codes([plate({ validTo: '2026-12-10' }), plate({ id: 'next', validFrom: '2026-12-11', validTo: '2027-06-10' })], FRIDAY, 7)).toEqual([]);
  });
});
