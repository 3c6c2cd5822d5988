import type { AnyEndpoint } from './endpoint/endpoint.js';
import { placesRouter } from './routers/places.router.js';
import { systemRouter } from './routers/system.router.js';

/**
 * The endpoint table: every route of the API, one router (array of rows) per resource. Adding a
 * resource means adding its router here; the routes, the OpenAPI document, the docs page and the
 * role-by-endpoint tests all follow from this list.
 */
export const API_ENDPOINTS: readonly AnyEndpoint[] = [
  ...systemRouter,
  ...placesRouter,
];
