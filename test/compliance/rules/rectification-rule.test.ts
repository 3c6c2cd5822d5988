import { describe, expect, it } from 'vitest';
import { rectificationReasons } from '../../../src/compliance/rules/rectification-rule.js';
import { inspection, rectification } from '../fixtures/one-coach.js';

const byId = new Map([['i-1', inspection({ inspectedOn: '2026-09-01', passed: false })]]);
const codes = (r = rectification(), date = '2026-09-10') => rectificationReasons([r], byId, date).map((x) => x.code);

describe('rectification rule', () => {
  it('blocks while open, and as overdue after the due date', () => {
    expect(codes(rectification(), '2026-09-16')).toEqual(['rectification_open']);
    expect(codes(rectification(), '2026-09-17')).toEqual(['rectification_overdue']);
  });

  it('does not count before the inspection that ordered it', () => {
    expect(codes(rectification(), '2026-08-31')).toEqual([]);
  });

  it('counts a closed rectification as open on dates before it was closed', () => {
    const closed = rectification({ status: 'closed', closedOn: '2026-09-12', closedByInspectionId: 'i-2' });
    expect(codes(closed, '2026-09-11')).toEqual(['rectification_open']);
    expect(codes(closed, '2026-09-12')).toEqual([]);
  });
});
