import { secondsToClock, clockToSeconds, type ClockTime } from '../../src/domain/calendar.js';
import type { SchoolWindow } from '../../src/domain/school.js';
import type { Random } from './random.js';
import type { SchoolSpec } from './school-specs.js';

const at = (base: ClockTime, minutes: number): ClockTime => secondsToClock(clockToSeconds(base) + minutes * 60);

/**
 * The schools' weekend windows. Every school: Friday dismissal (home, day 0) starting 13:30–15:00 in
 * 10-minute steps, 3 hours wide, and Sunday return (day 2) arriving 14:30–15:30 at the earliest and by 17:30
 * or 18:00 at the latest. The county staggers days as well as hours, so a few shuttle schools also accept a
 * Saturday-morning dismissal or an earlier Sunday return (preference 2). Synthetic.
 */
export function buildSchoolWindows(schools: readonly SchoolSpec[], countyId: number, random: Random): SchoolWindow[] {
  const shuttle = schools.filter((s) => s.runsShuttle).map((s) => s.id);
  const saturday = new Set(random.shuffle(shuttle).slice(0, 5));
  const sundayMorning = new Set(random.shuffle(shuttle.filter((id) => !saturday.has(id))).slice(0, 3));
  const rows: SchoolWindow[] = [];
  schools.forEach((s, i) => {
    const home = at('13:30', 10 * ((i * 7) % 10));
    rows.push({ schoolId: s.id, countyId, direction: 'home', dayOffset: 0, earliest: home, latest: at(home, 180), preference: 1 });
    if (saturday.has(s.id)) rows.push({ schoolId: s.id, countyId, direction: 'home', dayOffset: 1, earliest: '08:00', latest: '11:00', preference: 2 });
    const back = at('14:30', 10 * ((i * 3) % 7));
    rows.push({ schoolId: s.id, countyId, direction: 'return', dayOffset: 2, earliest: back, latest: random.chance(0.5) ? '17:30' : '18:00', preference: 1 });
    if (sundayMorning.has(s.id)) rows.push({ schoolId: s.id, countyId, direction: 'return', dayOffset: 2, earliest: '09:00', latest: '12:00', preference: 2 });
  });
  return rows;
}
