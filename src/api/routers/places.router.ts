import type { z } from 'zod';
import { listPlaces } from '../../db/repositories/geography.repository.js';
import { NotFound } from '../../domain/errors.js';
import { ROLES } from '../auth/request-auth.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { findPlace } from '../queries/place-lookup.js';
import { IdParams } from '../schemas/common.schemas.js';
import { GEOJSON } from '../schemas/geojson.schemas.js';
import { PlaceCollection, PlaceFeature, PlaceQuery, placeFeature } from '../schemas/place.schemas.js';

/** Places (stops, school gates, piers, depots, stations): public geography for every signed-in role. */
export const placesRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/api/v1/places', operationId: 'listPlaces', tag: 'geography', access: ROLES,
    summary: 'Places of the county as a GeoJSON FeatureCollection of Points, optionally by kind and township.',
    query: PlaceQuery,
    description: 'Served from memory after the first request of each filter (serialised and gzipped once; ETag for revalidation).',
    success: { status: 200, description: 'the places', contentType: GEOJSON, schema: PlaceCollection },
    handle: ({ query }, ctx) => ctx.cache.get(`places?kind=${query.kind ?? ''}&township=${query.township ?? ''}`, async (): Promise<z.input<typeof PlaceCollection>> => {
      const places = (await listPlaces(ctx.db, ctx.countyId))
        .filter((p) => (query.kind === undefined || p.kind === query.kind) && (query.township === undefined || p.townshipId === query.township));
      return { type: 'FeatureCollection' as const, features: places.map(placeFeature) };
    }),
  }),
  defineEndpoint({
    method: 'get', path: '/api/v1/places/{id}', operationId: 'getPlace', tag: 'geography', access: ROLES,
    summary: 'One place as a GeoJSON Point feature.',
    params: IdParams,
    success: { status: 200, description: 'the place', contentType: GEOJSON, schema: PlaceFeature },
    handle: async ({ params }, ctx) => {
      const place = await findPlace(ctx.db, ctx.countyId, params.id);
      if (place === undefined) throw new NotFound(`place ${params.id} not found`);
      return placeFeature(place);
    },
  }),
];
