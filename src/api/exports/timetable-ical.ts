import { clockOf, isoOf } from '../../scheduling/index.js';
import type { SchoolTimetable, TimetableRun } from '../schemas/timetable.schemas.js';
import { foldLine, icalLocal, icalText, icalUtc } from './ical-text.js';

/** The county's time zone: China Standard Time, UTC+8 all year (no daylight saving since 1991). */
const TZID = 'Asia/Shanghai';

const VTIMEZONE = [
  'BEGIN:VTIMEZONE', `TZID:${TZID}`, 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'TZNAME:CST', 'END:STANDARD', 'END:VTIMEZONE',
];

const DIRECTION_ZH = { home: '放学回家', return: '返校' } as const;

function description(run: TimetableRun): string {
  const stops = run.stops.map((s, k) => {
    const at = run.direction === 'home' && k > 0 ? clockOf(s.arriveS) : clockOf(s.departS);
    return `${k + 1}. ${at} ${s.nameZh}${s.boarding > 0 ? ` 上车 ${s.boarding}` : ''}${s.alighting > 0 ? ` 下车 ${s.alighting}` : ''}`;
  });
  return [`车辆 ${run.registrationNo}`, `标牌 ${run.plateNo ?? '无'}`, `驾驶员 ${run.driverName}`, '站点:', ...stops].join('\n');
}

function event(t: SchoolTimetable, run: TimetableRun, countyId: number, stamp: Date): string[] {
  const first = run.stops[0];
  const last = run.stops.at(-1);
  if (first === undefined || last === undefined) return [];
  return [
    'BEGIN:VEVENT',
    // Stable across versions (run ids are per school, direction and order), so a calendar updates the event; SEQUENCE orders the versions.
    `UID:${countyId}-${t.friday}-${run.id}@weekend-shuttle`,
    `DTSTAMP:${icalUtc(stamp)}`,
    `SEQUENCE:${t.version}`,
    `DTSTART;TZID=${TZID}:${icalLocal(isoOf(t.friday, first.departS))}`,
    `DTEND;TZID=${TZID}:${icalLocal(isoOf(t.friday, Math.max(last.arriveS, first.departS)))}`,
    `SUMMARY:${icalText(`${t.schoolNameZh} ${DIRECTION_ZH[run.direction]} ${run.registrationNo}`)}`,
    `LOCATION:${icalText(first.nameZh)}`,
    `DESCRIPTION:${icalText(description(run))}`,
    `STATUS:${t.status === 'published' ? 'CONFIRMED' : 'TENTATIVE'}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * A school's weekend as an iCalendar file (RFC 5545): one VEVENT per run its students ride (bus and
 * boat), from the first departure to the last arrival, stops and times in the description, local
 * times with `TZID=Asia/Shanghai` (and its VTIMEZONE), stable UIDs. CRLF line ends, lines folded at 75 octets.
 */
export function timetableIcal(t: SchoolTimetable, countyId: number): string {
  const stamp = new Date(t.publishedAt ?? t.createdAt);
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//weekend-shuttle//school timetable//ZH', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    `X-WR-CALNAME:${icalText(`${t.schoolNameZh} 周末接送 ${t.friday}`)}`, `X-WR-TIMEZONE:${TZID}`,
    ...VTIMEZONE,
    ...t.runs.flatMap((r) => event(t, r, countyId, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
