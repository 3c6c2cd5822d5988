import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, addYears, completedYears } from '../../src/compliance/dates/add-months.js';
import { addDays } from '../../src/domain/calendar.js';

const isoDate = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2080-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('addMonths', () => {
  it.each([
    ['2026-06-04', 6, '2026-12-04'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -13, '2024-12-15'],
  ])('moves %s by %i months to %s, clamping to the month end', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });

  it('keeps 29 February anniversaries on 28 February in common years and on 29 February in leap years', () => {
    expect(addYears('2000-02-29', 25)).toBe('2025-02-28');
    expect(addYears('2000-02-29', 28)).toBe('2028-02-29');
  });

  it('never moves the day of month up and always lands n months away', () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: -240, max: 240 }), (date, n) => {
      const moved = addMonths(date, n);
      const [y0, m0, d0] = date.split('-').map(Number) as [number, number, number];
      const [y1, m1, d1] = moved.split('-').map(Number) as [number, number, number];
      expect(y1 * 12 + m1 - (y0 * 12 + m0)).toBe(n);
      expect(d1).toBeLessThanOrEqual(d0);
    }));
  });
});

describe('completedYears', () => {
  it('goes up on the anniversary itself and not the day before', () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: 1, max: 80 }), (birth, n) => {
      const anniversary = addYears(birth, n);
      expect(completedYears(birth, anniversary)).toBe(n);
      expect(completedYears(birth, addDays(anniversary, -1))).toBe(n - 1);
    }));
  });

  it('is -1 before the start date', () => {
    expect(completedYears('2026-12-04', '2026-12-03')).toBe(-1);
  });
});
