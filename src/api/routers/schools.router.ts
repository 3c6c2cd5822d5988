import type { z } from 'zod';
import { listSchools } from '../../db/repositories/school.repository.js';
import { NotFound } from '../../domain/errors.js';
import { ROLES } from '../auth/request-auth.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { findPlace } from '../queries/place-lookup.js';
import { findSchool, schoolWindowsOf } from '../queries/school-lookup.js';
import { IdParams } from '../schemas/common.schemas.js';
import { SchoolDetail, SchoolList, SchoolQuery, schoolOut, windowOut } from '../schemas/school.schemas.js';

/** Schools: every role sees every school, except a school token, which sees only its own. */
export const schoolsRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/api/v1/schools', operationId: 'listSchools', tag: 'schools', access: ROLES,
    summary: 'Schools of the county (a school token sees only its own).',
    query: SchoolQuery,
    success: { status: 200, description: 'the schools', schema: SchoolList },
    handle: async ({ query }, ctx) => {
      const schools = (await listSchools(ctx.db, ctx.countyId)).filter((s) =>
        ctx.scope.canSeeSchool(s.id) &&
        (query.township === undefined || s.townshipId === query.township) &&
        (query.runsShuttle === undefined || s.runsShuttle === query.runsShuttle));
      return { items: schools.map(schoolOut) };
    },
  }),
  defineEndpoint({
    method: 'get', path: '/api/v1/schools/{id}', operationId: 'getSchool', tag: 'schools', access: ROLES,
    summary: 'One school with its gate and its dismissal and arrival windows (404 for another school\'s token).',
    description: 'Served from memory after the first request (the same body for every caller allowed to see the school).',
    params: IdParams,
    success: { status: 200, description: 'the school', schema: SchoolDetail },
    handle: ({ params }, ctx) => {
      // Visibility depends on the id alone, so it is checked before the cache; a missing school fails the build, which is not kept.
      if (!ctx.scope.canSeeSchool(params.id)) throw new NotFound(`school ${params.id} not found`);
      return ctx.cache.get(`school|${params.id}`, async (): Promise<z.input<typeof SchoolDetail>> => {
        const school = await findSchool(ctx.db, ctx.countyId, params.id);
        if (school === undefined) throw new NotFound(`school ${params.id} not found`);
        const [windows, gate] = await Promise.all([schoolWindowsOf(ctx.db, school.id), findPlace(ctx.db, ctx.countyId, school.gatePlaceId)]);
        return {
          ...schoolOut(school),
          gate: gate === undefined ? null : { lon: gate.lon, lat: gate.lat, nameZh: gate.nameZh },
          windows: windows.map(windowOut),
        };
      });
    },
  }),
];
