import { el, table } from '../../dom/element.js';
import { t, type MessageKey } from '../../i18n/i18n.js';
import type { SchoolTimetable } from '../../schedule/schedule-types.js';
import { clockOf, dayOffsetOf } from '../../schedule/weekend-time.js';

type TimetableRun = SchoolTimetable['runs'][number];

function dayName(weekendS: number): string {
  return t(`day.${Math.max(-2, Math.min(3, dayOffsetOf(weekendS)))}` as MessageKey);
}

/**
 * One run as parents read it: vehicle, plate and driver, then each stop with its time. On the way home a
 * stop's time is when the coach arrives (students get off); on the way back it is when it leaves (students
 * must be there before).
 */
function runBlock(run: TimetableRun, index: number): HTMLElement {
  const rows = run.stops.map((s) => {
    const time = run.direction === 'home' && s.alighting > 0 ? s.arriveS : s.departS;
    const count = run.direction === 'home' ? (s.boarding > 0 ? s.boarding : s.alighting) : (s.alighting > 0 ? s.alighting : s.boarding);
    return [s.nameZh, el('span', { class: 'pickup-time' }, clockOf(time)), count];
  });
  return el('section', { class: 'timetable-run', 'data-run': run.id },
    el('h4', {}, t('timetable.run', { no: index + 1 }), ` · ${dayName(run.stops[0]?.departS ?? 0)}`),
    el('p', { class: 'run-meta' }, t('timetable.meta', { vehicle: run.registrationNo, plate: run.plateNo ?? t('common.none'), driver: run.driverName })),
    table([t('timetable.stop'), t('timetable.time'), t('timetable.students')], rows, { class: 'timetable-stops' }));
}

/** The school's weekend: per direction its dismissal time or deadline, then its runs in departure order. */
export function schoolTimetable(timetable: SchoolTimetable): HTMLElement {
  const sections = (['home', 'return'] as const).map((direction) => {
    const slot = timetable.dismissals.find((d) => d.direction === direction);
    const runs = timetable.runs.filter((r) => r.direction === direction).sort((a, b) => (a.stops[0]?.departS ?? 0) - (b.stops[0]?.departS ?? 0));
    if (slot === undefined && runs.length === 0) return null;
    return el('section', { class: 'timetable-direction', 'data-direction': direction },
      el('h3', {}, t(`direction.${direction}`)),
      slot === undefined ? null : el('p', { class: 'timetable-slot' },
        t(direction === 'home' ? 'timetable.dismissalAt' : 'timetable.deadlineAt', { time: `${dayName(slot.slotS)} ${slot.slotTime}` })),
      ...runs.map(runBlock));
  });
  return el('div', { class: 'timetable', id: 'timetable' },
    timetable.status === 'published' ? null : el('p', { class: 'notice' }, t('timetable.draft')),
    ...sections);
}
