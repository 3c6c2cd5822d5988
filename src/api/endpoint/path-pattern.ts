/** `/api/v1/places/{id}` → `/api/v1/places/:id` (express 5 route syntax). */
export function toExpressPath(openApiPath: string): string {
  return openApiPath.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, ':$1');
}

/** The `{names}` of a path's parameters, in order. */
export function pathParamNames(openApiPath: string): string[] {
  return [...openApiPath.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1] ?? '');
}

/**
 * A matcher for request paths as express routes them (case-insensitive, optional trailing slash, a
 * parameter is one non-empty segment). Used to tell "unknown path" (404) from "wrong method" (405).
 */
export function pathMatcher(openApiPath: string): (requestPath: string) => boolean {
  const source = openApiPath
    .split(/\{[A-Za-z_][A-Za-z0-9_]*\}/)
    .map((literal) => literal.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  const regex = new RegExp(`^${source}/?$`, 'i');
  return (requestPath) => regex.test(requestPath);
}
