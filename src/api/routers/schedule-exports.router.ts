import { z } from 'zod';
import { findCounty, listPlaces } from '../../db/repositories/geography.repository.js';
import { listSchools } from '../../db/repositories/school.repository.js';
import { Schedule } from '../../scheduling/index.js';
import { ROLES } from '../auth/request-auth.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { gtfsFeed } from '../exports/gtfs-feed.js';
import { visibleVersion } from '../queries/schedule-lookup.js';
import { ScheduleIdParams } from '../schemas/schedule.schemas.js';
import { audienceOf, scheduleFor } from '../schedules/schedule-audience.js';

/** A binary body (a zip): OpenAPI `string` / `binary`; at run time a Buffer. */
const Binary = z.custom<Buffer>((v) => Buffer.isBuffer(v)).meta({ type: 'string', format: 'binary' });

const attachment = (name: string): string => `attachment; filename="${name}"`;

/** Files of a version: the export format (cut to the caller) and a GTFS feed. */
export const scheduleExportsRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/api/v1/schedules/{id}/export.json', operationId: 'exportScheduleJson', tag: 'schedules', access: ROLES,
    summary: 'The version as a schedule export file (docs/schedule-format.md), cut to the caller like GET /schedules/{id}.',
    params: ScheduleIdParams,
    success: { status: 200, description: 'the schedule document', schema: Schedule },
    handle: async ({ params }, ctx) => {
      const header = await visibleVersion(ctx, params.id);
      const schedule = scheduleFor(await ctx.schedules.get(ctx.db, header.id), await audienceOf(ctx));
      ctx.setHeader('Content-Disposition', attachment(`schedule-${header.friday}-v${header.version}.json`));
      return schedule;
    },
  }),
  defineEndpoint({
    method: 'get', path: '/api/v1/schedules/{id}/gtfs.zip', operationId: 'exportScheduleGtfs', tag: 'schedules', access: ['coordinator', 'inspector'],
    summary: 'The version as a GTFS static feed (zip): agency, stops, routes (3 bus, 4 ferry; one per school and mode), trips (block_id per vehicle duty), stop_times, calendar_dates, feed_info.',
    params: ScheduleIdParams,
    success: { status: 200, description: 'a zip of GTFS text files', contentType: 'application/zip', schema: Binary },
    handle: async ({ params }, ctx) => {
      const header = await visibleVersion(ctx, params.id);
      const [schedule, county, places, schools] = await Promise.all([
        ctx.schedules.get(ctx.db, header.id), findCounty(ctx.db, ctx.countyId), listPlaces(ctx.db, ctx.countyId), listSchools(ctx.db, ctx.countyId),
      ]);
      const zip = gtfsFeed(schedule, {
        countyId: ctx.countyId, countyNameZh: county?.nameZh ?? String(ctx.countyId), timeZone: county?.timeZone ?? 'Asia/Shanghai', url: `${ctx.origin}/`,
        places: new Map(places.map((p) => [p.id, { nameZh: p.nameZh, lat: p.lat, lon: p.lon }])),
        schoolNames: new Map(schools.map((s) => [s.id, s.nameZh])), scheduleId: header.id, version: header.version,
      });
      ctx.setHeader('Content-Disposition', attachment(`gtfs-${header.friday}-v${header.version}.zip`));
      return Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
    },
  }),
];
