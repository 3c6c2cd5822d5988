import { listSchools } from '../../db/repositories/school.repository.js';
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
    params: IdParams,
    success: { status: 200, description: 'the school', schema: SchoolDetail },
    handle: async ({ params }, ctx) => {
      const found = await findSchool(ctx.db, ctx.countyId, params.id);
      const school = ctx.scope.ensureVisible(found, (s) => ctx.scope.canSeeSchool(s.id), `school ${params.id}`);
      const [windows, gate] = await Promise.all([schoolWindowsOf(ctx.db, school.id), findPlace(ctx.db, ctx.countyId, school.gatePlaceId)]);
      return {
        ...schoolOut(school),
        gate: gate === undefined ? null : { lon: gate.lon, lat: gate.lat, nameZh: gate.nameZh },
        windows: windows.map(windowOut),
      };
    },
  }),
];
