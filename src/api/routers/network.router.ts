import type { z } from 'zod';
import { listRoads, listWaterways } from '../../db/repositories/geography.repository.js';
import { ROLES } from '../auth/request-auth.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { GEOJSON } from '../schemas/geojson.schemas.js';
import { NetworkCollection, NetworkQuery, roadFeature, waterwayFeature } from '../schemas/network.schemas.js';

/** The road and waterway network: public geography for every signed-in role. */
export const networkRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/api/v1/network', operationId: 'getNetwork', tag: 'geography', access: ROLES,
    summary: 'Roads and waterways as GeoJSON LineStrings with class, speed, hazard and closure properties.',
    query: NetworkQuery,
    description: 'Served from memory after the first request of each layer (serialised and gzipped once; ETag for revalidation).',
    success: { status: 200, description: 'the network', contentType: GEOJSON, schema: NetworkCollection },
    handle: ({ query }, ctx) => ctx.cache.get(`network?layer=${query.layer ?? ''}`, async (): Promise<z.input<typeof NetworkCollection>> => {
      const roads = query.layer === 'waterway' ? [] : (await listRoads(ctx.db, ctx.countyId)).map(roadFeature);
      const waterways = query.layer === 'road' ? [] : (await listWaterways(ctx.db, ctx.countyId)).map(waterwayFeature);
      return { type: 'FeatureCollection' as const, features: [...roads, ...waterways] };
    }),
  }),
];
