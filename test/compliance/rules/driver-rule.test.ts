import { describe, expect, it } from 'vitest';
import { driverReasons, firstAllowedDay, lastAllowedDay } from '../../../src/compliance/rules/driver-rule.js';
import { addDays } from '../../../src/domain/calendar.js';
import { driver } from '../fixtures/one-coach.js';

const codes = (birthDate: string, date: string, extra = {}) => driverReasons(driver({ birthDate, licensedSince: '1990-01-01', ...extra }), date, 0).map((r) => r.code);

describe('driver rule (endorsement, age 25 to 60, 3 years of driving)', () => {
  it('allows a driver on the 25th birthday and not the day before', () => {
    expect(codes('2001-12-04', '2026-12-04')).toEqual([]);
    expect(codes('2001-12-04', '2026-12-03')).toEqual(['driver_too_young']);
  });

  it('allows a driver the day before the 61st birthday and not on it', () => {
    expect(codes('1965-12-04', '2026-12-03')).toEqual([]);
    expect(codes('1965-12-04', '2026-12-04')).toEqual(['driver_too_old']);
  });

  it('counts a 29 February birthday on 28 February in common years, at both ends', () => {
    expect(firstAllowedDay('2000-02-29')).toBe('2025-02-28');
    expect(codes('2000-02-29', '2025-02-27')).toEqual(['driver_too_young']);
    expect(codes('2000-02-29', '2025-02-28')).toEqual([]);
    expect(lastAllowedDay('1964-02-29')).toBe('2025-02-27');
    expect(codes('1964-02-29', '2025-02-27')).toEqual([]);
    expect(codes('1964-02-29', '2025-02-28')).toEqual(['driver_too_old']);
  });

  it('says when a young driver becomes old enough and since when an old one is too old', () => {
    const [young] = driverReasons(driver({ birthDate: '2002-03-10' }), '2026-12-04', 0);
    expect(young).toMatchObject({ code: 'driver_too_young', until: '2027-03-09' });
    const [old] = driverReasons(driver({ birthDate: '1964-06-01' }), '2026-12-04', 0);
    expect(old).toMatchObject({ code: 'driver_too_old', since: '2025-06-01' });
  });

  it('requires three full years of driving, reached on the third anniversary of the licence', () => {
    expect(codes('1980-01-01', '2026-12-04', { licensedSince: '2023-12-04' })).toEqual([]);
    expect(codes('1980-01-01', '2026-12-03', { licensedSince: '2023-12-04' })).toEqual(['driver_inexperienced']);
  });

  it('requires the school-transport endorsement', () => {
    expect(codes('1980-01-01', '2026-12-04', { schoolTransportEndorsed: false })).toEqual(['driver_not_endorsed']);
  });

  it('lists every reason at once', () => {
    expect(codes('2003-01-01', '2026-12-04', { schoolTransportEndorsed: false, licensedSince: '2025-01-01' }))
      .toEqual(['driver_not_endorsed', 'driver_too_young', 'driver_inexperienced']);
  });

  it('warns when the last allowed day falls within the window', () => {
    const last = lastAllowedDay('1965-12-20');
    expect(driverReasons(driver({ birthDate: '1965-12-20' }), addDays(last, -29), 30)).toMatchObject([{ code: 'driver_age_limit_near', until: last }]);
    expect(driverReasons(driver({ birthDate: '1965-12-20' }), addDays(last, -30), 30)).toEqual([]);
  });
});
