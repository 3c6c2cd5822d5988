import { el } from '../dom/element.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import type { Schedule, ScheduleRun } from './schedule-types.js';
import { clockOf, dayOffsetOf } from './weekend-time.js';

const HOUR_S = 3600;

function percent(value: number, from: number, to: number): string {
  return `${(((value - from) / (to - from)) * 100).toFixed(2)}%`;
}

/** One day's timeline: a row per vehicle with its runs as bars, and the schools' slots as diamonds on top. */
function dayTimeline(schedule: Schedule, day: number, colours: ReadonlyMap<string, string>, schoolName: (id: string) => string, onRun: (runId: string) => void): HTMLElement | null {
  const runs = schedule.runs.filter((r) => dayOffsetOf(r.stops[0]?.departS ?? 0) === day);
  if (runs.length === 0) return null;
  const slots = schedule.dismissals.filter((d) => dayOffsetOf(d.slotS) === day);
  const times = [...runs.flatMap((r) => [r.stops[0]?.departS ?? 0, r.stops.at(-1)?.arriveS ?? 0]), ...slots.map((s) => s.slotS)];
  const from = Math.floor(Math.min(...times) / HOUR_S) * HOUR_S;
  const to = Math.ceil(Math.max(...times) / HOUR_S) * HOUR_S;
  const registration = new Map(schedule.vehicles.map((v) => [v.id, v.registrationNo]));
  const byVehicle = new Map<string, ScheduleRun[]>();
  for (const r of runs) byVehicle.set(r.vehicleId, [...(byVehicle.get(r.vehicleId) ?? []), r]);
  const hours = Array.from({ length: (to - from) / HOUR_S + 1 }, (_, i) => from + i * HOUR_S);
  const bar = (r: ScheduleRun): HTMLElement => {
    const start = r.stops[0]?.departS ?? from;
    const end = r.stops.at(-1)?.arriveS ?? start;
    const label = `${schoolName(r.schoolId)} ${clockOf(start)}–${clockOf(end)}`;
    const node = el('button', {
      type: 'button', class: 'timeline-bar', title: label, 'aria-label': label, 'data-school': r.schoolId, 'data-run': r.id,
      style: `left:${percent(start, from, to)};width:${percent(from + end - start, from, to)};background:${colours.get(r.schoolId) ?? '#555'}`,
    }, el('span', { class: 'timeline-label' }, schoolName(r.schoolId)));
    node.addEventListener('click', () => onRun(r.id));
    return node;
  };
  return el('div', { class: 'timeline-day', 'data-day': day },
    el('h4', {}, t(`day.${Math.max(-2, Math.min(3, day))}` as MessageKey)),
    el('div', { class: 'timeline-grid' },
      el('div', { class: 'timeline-row timeline-axis' }, el('span', { class: 'timeline-name' }),
        el('span', { class: 'timeline-track' }, ...hours.map((h) => el('span', { class: 'timeline-hour', style: `left:${percent(h, from, to)}` }, clockOf(h))))),
      el('div', { class: 'timeline-row timeline-slots' }, el('span', { class: 'timeline-name' }),
        el('span', { class: 'timeline-track' }, ...slots.map((s) => el('span', {
          class: 'timeline-slot', 'data-school': s.schoolId, title: `${schoolName(s.schoolId)} ${s.slotTime}`,
          style: `left:${percent(s.slotS, from, to)};background:${colours.get(s.schoolId) ?? '#555'}`,
        })))),
      ...[...byVehicle.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([vehicleId, list]) =>
        el('div', { class: 'timeline-row', 'data-vehicle': vehicleId },
          el('span', { class: 'timeline-name' }, registration.get(vehicleId) ?? vehicleId),
          el('span', { class: 'timeline-track' }, ...list.map(bar))))));
}

/**
 * The stagger made visible (错时放学): per day, which vehicle serves which school when, and each school's
 * dismissal slot (Friday) or arrival deadline (Sunday). Clicking a run's bar calls `onRun` (the page
 * shows that run on the map).
 */
export function dismissalTimeline(schedule: Schedule, colours: ReadonlyMap<string, string>, schoolName: (id: string) => string, onRun: (runId: string) => void): HTMLElement {
  const days = [...new Set(schedule.runs.map((r) => dayOffsetOf(r.stops[0]?.departS ?? 0)))].sort((a, b) => a - b);
  return el('div', { class: 'dismissal-timeline', id: 'dismissal-timeline' },
    el('p', { class: 'muted' }, t('schedule.timelineHelp')),
    ...days.map((d) => dayTimeline(schedule, d, colours, schoolName, onRun)));
}
