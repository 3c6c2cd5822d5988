import { z } from 'zod';
import { findCounty, listTownships } from '../../db/repositories/geography.repository.js';
import { NotFound } from '../../domain/errors.js';
import { ROLES } from '../auth/request-auth.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';

const TownshipOut = z.object({ id: z.string(), nameZh: z.string(), namePinyin: z.string(), lon: z.number(), lat: z.number() });

/** The county served: names, time zone, demo weekend, boundary and townships. */
export const CountyOut = z
  .object({
    id: z.number().int(),
    nameZh: z.string(),
    nameEn: z.string(),
    timeZone: z.string().meta({ description: 'IANA zone of every local time in this API' }),
    demoFriday: z.string().nullable().meta({ description: 'the Friday of the demo weekend, YYYY-MM-DD' }),
    boundary: z.unknown().meta({ description: 'GeoJSON geometry of the county boundary (WGS84), or null' }),
    townships: z.array(TownshipOut),
  })
  .meta({ id: 'County' });

/** The county: public geography for every signed-in role. */
export const countyRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/api/v1/county', operationId: 'getCounty', tag: 'geography', access: ROLES,
    summary: 'The county this server serves: names, time zone, boundary, townships.',
    description: 'Served from memory after the first request (serialised and gzipped once; ETag for revalidation).',
    success: { status: 200, description: 'the county', schema: CountyOut },
    handle: (_input, ctx) => ctx.cache.get('county', async (): Promise<z.input<typeof CountyOut>> => {
      const county = await findCounty(ctx.db, ctx.countyId);
      if (county === undefined) throw new NotFound(`county ${ctx.countyId} is not loaded`);
      const townships = await listTownships(ctx.db, ctx.countyId);
      return {
        id: county.id, nameZh: county.nameZh, nameEn: county.nameEn, timeZone: county.timeZone, demoFriday: county.demoFriday,
        boundary: county.boundary ?? null,
        townships: townships.map((t) => ({ id: t.id, nameZh: t.nameZh, namePinyin: t.namePinyin, lon: t.lon, lat: t.lat })),
      };
    }),
  }),
];
