import { z } from 'zod';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { timetableCsv } from '../exports/timetable-csv.js';
import { timetableIcal } from '../exports/timetable-ical.js';
import { IdParams } from '../schemas/common.schemas.js';
import { SchoolTimetable, TimetableQuery } from '../schemas/timetable.schemas.js';
import { schoolTimetable, schoolTimetableBody } from '../schedules/school-timetable.js';

/** Who reads a school's timetable: coordinators and inspectors any school's, a school token its own. */
const READERS = ['coordinator', 'inspector', 'school'] as const;

const attachment = (name: string): string => `attachment; filename="${name}"`;

/**
 * A school's weekend: dismissal time, Sunday arrival deadline, runs with vehicle, plate, driver and stops
 * with times, from the weekend's published version (or a named version), as JSON, CSV and iCalendar.
 */
export const timetablesRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/api/v1/schools/{id}/timetable', operationId: 'getSchoolTimetable', tag: 'timetables', access: READERS,
    summary: 'A school\'s weekend from the published version: its dismissal and arrival slots, its runs with registration, plate, driver and stops with times.',
    description: 'Served from memory after the first request (emptied by any write, publication included). `schedule=ID` names another version of the weekend (drafts: coordinators and inspectors). 404 when nothing is published for the weekend.',
    params: IdParams,
    query: TimetableQuery,
    success: { status: 200, description: 'the timetable', schema: SchoolTimetable },
    handle: ({ params, query }, ctx) => schoolTimetableBody(ctx, params.id, query.friday, query.schedule),
  }),
  defineEndpoint({
    method: 'get', path: '/api/v1/schools/{id}/timetable.csv', operationId: 'getSchoolTimetableCsv', tag: 'timetables', access: READERS,
    summary: 'The same timetable as CSV: one row per stop of each run (UTF-8 with BOM, CRLF).',
    params: IdParams,
    query: TimetableQuery,
    success: { status: 200, description: 'CSV', contentType: 'text/csv', schema: z.string() },
    handle: async ({ params, query }, ctx) => {
      const timetable = await schoolTimetable(ctx, params.id, query.friday, query.schedule);
      ctx.setHeader('Content-Disposition', attachment(`${params.id}-${query.friday}.csv`));
      return timetableCsv(timetable);
    },
  }),
  defineEndpoint({
    method: 'get', path: '/api/v1/schools/{id}/timetable.ics', operationId: 'getSchoolTimetableIcs', tag: 'timetables', access: READERS,
    summary: 'The same timetable as iCalendar (RFC 5545): one event per run, stops and times in the description, TZID Asia/Shanghai, stable UIDs.',
    params: IdParams,
    query: TimetableQuery,
    success: { status: 200, description: 'iCalendar', contentType: 'text/calendar', schema: z.string() },
    handle: async ({ params, query }, ctx) => {
      const timetable = await schoolTimetable(ctx, params.id, query.friday, query.schedule);
      ctx.setHeader('Content-Disposition', attachment(`${params.id}-${query.friday}.ics`));
      return timetableIcal(timetable, ctx.countyId);
    },
  }),
];
