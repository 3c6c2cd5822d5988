import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { comingFriday, todayInChina } from '../../../src/cli/schedule/coming-weekend.js';
import { parseScheduleArgs, requestOf } from '../../../src/cli/schedule/schedule-args.js';
import { InvalidInput } from '../../../src/domain/errors.js';
import { parseScheduleRequest } from '../../../src/scheduling/request/schedule-request.js';

describe('npm run schedule arguments', () => {
  it('turns weather flags and repeated --close into conditions for Friday, Saturday and Sunday', () => {
    const args = parseScheduleArgs(['--friday', '2026-12-04', '--weather-sunday', 'rain', '--close', 'S001', '--close', 'W02', '--out', 'x.json']);
    const request = parseScheduleRequest(requestOf(args));
    expect(request.conditions['2026-12-04']!.weather).toBe('clear');
    expect(request.conditions['2026-12-06']!.weather).toBe('rain');
    expect(request.conditions['2026-12-05']!.closed.map((c) => c.id)).toEqual(['S001', 'W02']);
    expect(args.out).toBe('x.json');
  });

  it.each([
    [['--weather-friday', 'rain'], InvalidInput],
    [['--friday', '2026-12-04', '--weather-friday', 'hail'], ZodError],
    [['--friday', '2026-12-04', '--colour', 'red'], InvalidInput],
  ])('rejects %j naming the problem', (argv, kind) => {
    expect(() => parseScheduleArgs(argv)).toThrow(kind);
  });

  it('rejects a date that is not a Friday when the request is parsed', () => {
    expect(() => parseScheduleRequest(requestOf(parseScheduleArgs(['--friday', '2026-12-05'])))).toThrow(/Friday/);
  });
});

describe('the weekend npm start plans', () => {
  it('is the next Friday on or after today, in China time', () => {
    expect(todayInChina(new Date('2026-11-29T20:00:00Z'))).toBe('2026-11-30');
    expect(comingFriday('2026-11-30', null).friday).toBe('2026-12-04');
    expect(comingFriday('2026-12-04', null).friday).toBe('2026-12-04');
    expect(comingFriday('2026-12-05', null).friday).toBe('2026-12-11');
  });

  it("is the dataset's demo Friday when that is later, and says so", () => {
    expect(comingFriday('2026-11-02', '2026-12-04')).toEqual({ friday: '2026-12-04', why: expect.stringContaining('demo Friday') });
    expect(comingFriday('2027-01-04', '2026-12-04').friday).toBe('2027-01-08');
  });
});
