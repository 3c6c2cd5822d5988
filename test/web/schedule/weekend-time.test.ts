import { describe, expect, it } from 'vitest';
import { clockOf, dayOffsetOf, minutesOf } from '../../../src/web/schedule/weekend-time.js';

describe('weekend times in the pages', () => {
  it.each([
    [0, '00:00', 0],
    [15 * 3600 + 60, '15:01', 0],
    [2 * 86_400 + 15 * 3600, '15:00', 2],
    [226_800, '15:00', 2],
    [86_400 - 60, '23:59', 0],
  ])('reads weekend second %i as %s on day %i after the Friday', (s, clock, day) => {
    expect(clockOf(s)).toBe(clock);
    expect(dayOffsetOf(s)).toBe(day);
  });

  it('rounds durations to whole minutes', () => {
    expect(minutesOf(2700)).toBe(45);
    expect(minutesOf(89)).toBe(1);
  });
});
