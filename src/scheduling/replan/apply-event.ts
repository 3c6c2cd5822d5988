import { addDays, daysBetween } from '../../domain/calendar.js';
import type { DayConditions } from '../../domain/conditions.js';
import { InvalidInput } from '../../domain/errors.js';
import type { SchoolWindow } from '../../domain/school.js';
import type { Schedule } from '../model/schedule-schema.js';
import type { WeekendRecords } from '../model/weekend-records.js';
import { ScheduleRequest } from '../request/schedule-request.js';
import { weekendSecondsOfEpoch } from '../time/weekend-clock.js';
import type { ReplanEvent } from './replan-event.js';

/** A vehicle taken out of service from a weekend time on. */
export interface VehicleOut {
  readonly vehicleId: string;
  /** Weekend seconds; runs starting at or after this lose the vehicle (-Infinity = all weekend). */
  readonly fromS: number;
}

/** The world after the event: the request and records a re-planned draft must hold against. */
export interface EventWorld {
  readonly request: ScheduleRequest;
  readonly records: WeekendRecords;
  readonly vehicleOut: VehicleOut | null;
}

const CLEAR: DayConditions = { weather: 'clear', closed: [] };
const unknown = (field: string, message: string) => new InvalidInput(`replan: ${message}`, [{ field: `event.${field}`, message }]);

/** Service days the weekend may touch: those of any window, and Friday to Sunday. */
function serviceDays(records: WeekendRecords): number[] {
  return [...new Set([0, 1, 2, ...records.schoolWindows.map((w) => w.dayOffset)])].sort((a, b) => a - b);
}

function withConditions(request: ScheduleRequest, date: string, change: (c: DayConditions) => DayConditions): ScheduleRequest {
  return ScheduleRequest.parse({ ...request, conditions: { ...request.conditions, [date]: change(request.conditions[date] ?? CLEAR) } });
}

/** The day whose window a `window-changed` event replaces: given, else the school's slot day, else the first window's. */
function windowDay(published: Schedule, records: WeekendRecords, e: Extract<ReplanEvent, { kind: 'window-changed' }>): number {
  if (e.dayOffset !== undefined) return e.dayOffset;
  const slot = published.dismissals.find((d) => d.schoolId === e.schoolId && d.direction === e.direction);
  if (slot !== undefined) return daysBetween(published.friday, slot.serviceDate);
  return records.schoolWindows.find((w) => w.schoolId === e.schoolId && w.direction === e.direction)?.dayOffset ?? (e.direction === 'home' ? 0 : 2);
}

function changeWindow(published: Schedule, records: WeekendRecords, e: Extract<ReplanEvent, { kind: 'window-changed' }>): WeekendRecords {
  const school = records.schools.find((s) => s.id === e.schoolId);
  if (school === undefined) throw unknown('schoolId', `no school ${e.schoolId} in the county`);
  const day = windowDay(published, records, e);
  const hit = (w: SchoolWindow) => w.schoolId === e.schoolId && w.direction === e.direction && w.dayOffset === day;
  const replaced = records.schoolWindows.filter(hit);
  const window: SchoolWindow = {
    schoolId: e.schoolId, countyId: school.countyId, direction: e.direction, dayOffset: day, earliest: e.earliest, latest: e.latest,
    preference: Math.min(...replaced.map((w) => w.preference), replaced.length === 0 ? 1 : 9),
  };
  return { ...records, schoolWindows: [...records.schoolWindows.filter((w) => !hit(w)), window] };
}

/**
 * Applies an event to the published schedule's request and to the records: a closure joins the
 * conditions of every service day (the closure's own times decide when it bites), a forecast replaces
 * the weather of its date, a window change replaces the school's window, a vehicle out is kept aside
 * (its compliance records are not touched). References are checked: an unknown vehicle, segment,
 * school or a date outside the weekend throws `InvalidInput` naming the event's field.
 */
export function applyEvent(published: Schedule, records: WeekendRecords, event: ReplanEvent): EventWorld {
  const request = ScheduleRequest.parse(published.request);
  switch (event.kind) {
    case 'vehicle-out': {
      if (!records.vehicles.some((v) => v.id === event.vehicleId)) throw unknown('vehicleId', `no vehicle ${event.vehicleId} in the county`);
      const fromS = event.from === null ? -Infinity
        : weekendSecondsOfEpoch(published.friday, Date.parse(event.from.length === 10 ? `${event.from}T00:00:00+08:00` : event.from));
      return { request, records, vehicleOut: { vehicleId: event.vehicleId, fromS } };
    }
    case 'road-closed': {
      if (![...records.roads, ...records.waterways].some((l) => l.id === event.segmentId)) throw unknown('segmentId', `no road segment or boat leg ${event.segmentId} in the county`);
      const link = { id: event.segmentId, reason: event.reason, from: event.from, to: event.to };
      let next = request;
      for (const day of serviceDays(records)) next = withConditions(next, addDays(published.friday, day), (c) => ({ ...c, closed: [...c.closed.filter((x) => x.id !== link.id), link] }));
      return { request: next, records, vehicleOut: null };
    }
    case 'weather': {
      const day = daysBetween(published.friday, event.date);
      if (!serviceDays(records).includes(day)) throw unknown('date', `${event.date} is not a service date of the weekend of ${published.friday}`);
      return { request: withConditions(request, event.date, (c) => ({ ...c, weather: event.weather })), records, vehicleOut: null };
    }
    case 'window-changed':
      return { request, records: changeWindow(published, records, event), vehicleOut: null };
  }
}
