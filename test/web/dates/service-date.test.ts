import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, comingFriday, daysBetween, todayIn } from '../../../src/web/dates/service-date.js';

const isoDate = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('service dates in the pages', () => {
  it('finds the coming Friday: a Friday, on or after the date, less than a week away', () => {
    fc.assert(fc.property(isoDate, (date) => {
      const friday = comingFriday(date);
      expect(new Date(`${friday}T00:00:00Z`).getUTCDay()).toBe(5);
      const ahead = daysBetween(date, friday);
      expect(ahead).toBeGreaterThanOrEqual(0);
      expect(ahead).toBeLessThan(7);
    }));
  });

  it('adds days and counts them back', () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: -400, max: 400 }), (date, days) => {
      expect(daysBetween(date, addDays(date, days))).toBe(days);
    }));
  });

  it.each([
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-12-04', 6, '2027-06-04'],
    ['2026-01-31', 1, '2026-02-28'],
  ])('adds months clamping to the month end: %s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it("reads today's date in the county's time zone, not the machine's", () => {
    // 2026-12-03 20:30 UTC is already Friday 04:30 in Suichang (UTC+8).
    expect(todayIn('Asia/Shanghai', new Date('2026-12-03T20:30:00Z'))).toBe('2026-12-04');
    expect(todayIn('UTC', new Date('2026-12-03T20:30:00Z'))).toBe('2026-12-03');
  });
});
