import { apiErrorOf } from './api-error.js';

/** JSON values the pages send. */
export type JsonBody = Readonly<Record<string, unknown>> | readonly unknown[];

/** Calls the API with the session's bearer token; every failure is an `ApiError`. */
export interface ApiClient {
  /** GET a JSON (or GeoJSON) resource. The type parameter is the documented response shape. */
  get<T>(path: string): Promise<T>;
  /** POST / PUT / PATCH a JSON body; returns the JSON answer (or null for 204). */
  send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: JsonBody): Promise<T>;
  /** GET a file (CSV, iCalendar) as a blob with the file name the server suggests. */
  download(path: string): Promise<{ blob: Blob; fileName: string | null }>;
}

const FILE_NAME = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i;

/**
 * An API client for a token. `onUnauthorized` runs on any 401 (revoked or expired token) so the shell
 * can sign out; the error is still thrown to the caller.
 */
export function apiClient(token: string, onUnauthorized: () => void): ApiClient {
  const call = async (method: string, path: string, body?: JsonBody): Promise<Response> => {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json, application/geo+json, */*' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    if (response.ok) return response;
    if (response.status === 401) onUnauthorized();
    throw await apiErrorOf(response);
  };
  return {
    get: async <T>(path: string) => (await (await call('GET', path)).json()) as T,
    send: async <T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: JsonBody) => {
      const response = await call(method, path, body);
      return (response.status === 204 ? null : await response.json()) as T;
    },
    download: async (path: string) => {
      const response = await call('GET', path);
      const disposition = response.headers.get('Content-Disposition') ?? '';
      const name = FILE_NAME.exec(disposition)?.[1];
      return { blob: await response.blob(), fileName: name === undefined ? null : decodeURIComponent(name) };
    },
  };
}

/** Encodes query parameters, skipping undefined ones. */
export function query(params: Readonly<Record<string, string | number | boolean | undefined>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
