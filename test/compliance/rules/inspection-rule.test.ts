import { describe, expect, it } from 'vitest';
import { inspectionReasons, inspectionValidThrough } from '../../../src/compliance/rules/inspection-rule.js';
import { inspection } from '../fixtures/one-coach.js';

const codes = (date: string, inspections = [inspection({ inspectedOn: '2026-06-04' })], window = 0) =>
  inspectionReasons(inspections, date, window).map((r) => r.code);

describe('inspection rule (valid for 6 months)', () => {
  it('covers through the day before the same calendar day six months later', () => {
    expect(inspectionValidThrough('2026-06-04')).toBe('2026-12-03');
    expect(inspectionValidThrough('2026-08-31')).toBe('2027-02-27');
    expect(inspectionValidThrough('2027-08-31')).toBe('2028-02-28');
  });

  it('accepts an inspection on the day before it turns six months old', () => {
    expect(codes('2026-12-03')).toEqual([]);
  });

  it('rejects an inspection on the day it turns six months old, saying since when', () => {
    const [r] = inspectionReasons([inspection({ inspectedOn: '2026-06-04' })], '2026-12-04', 0);
    expect(r).toMatchObject({ code: 'inspection_expired', severity: 'blocking', since: '2026-12-04', until: '2026-12-03', recordId: 'i-1' });
  });

  it('accepts an inspection on its own day', () => {
    expect(codes('2026-06-04')).toEqual([]);
  });

  it('reports a vehicle never inspected, or inspected only after the date, as missing', () => {
    expect(codes('2026-12-04', [])).toEqual(['inspection_missing']);
    expect(codes('2026-06-03')).toEqual(['inspection_missing']);
  });

  it('reports a failed latest inspection even when an earlier one passed and is still young', () => {
    const list = [inspection({ id: 'a', inspectedOn: '2026-10-01' }), inspection({ id: 'b', inspectedOn: '2026-11-01', passed: false })];
    expect(inspectionReasons(list, '2026-12-04', 0)).toMatchObject([{ code: 'inspection_failed', since: '2026-11-01', recordId: 'b' }]);
  });

  it('takes the failed one when a pass and a fail share the latest day', () => {
    const list = [inspection({ id: 'a', inspectedOn: '2026-11-01', passed: false }), inspection({ id: 'b', inspectedOn: '2026-11-01' })];
    expect(codes('2026-12-04', list)).toEqual(['inspection_failed']);
  });

  it('flags expiring when the first uncovered day falls within the window, and not one day later', () => {
    // valid through 2026-12-03: first uncovered day 2026-12-04.
    expect(codes('2026-11-04', undefined, 30)).toEqual(['inspection_expiring']);
    expect(codes('2026-11-03', undefined, 30)).toEqual([]);
  });
});
