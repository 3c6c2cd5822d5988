/** One precise complaint of a problem response (`path` like `body.plateNo`). */
export interface ProblemItem {
  readonly path: string;
  readonly message: string;
}

/** A failed API call: the problem+json body's stable `code` (branch on it, never on text), status and detail. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: readonly ProblemItem[];

  constructor(status: number, code: string, detail: string, errors: readonly ProblemItem[] = []) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.errors = errors;
  }
}

function isProblemItem(value: unknown): value is ProblemItem {
  return value !== null && typeof value === 'object' && typeof (value as Record<string, unknown>)['message'] === 'string';
}

/** Reads an error response into an `ApiError` (problem+json when the server sent one). */
export async function apiErrorOf(response: Response): Promise<ApiError> {
  const text = await response.text();
  try {
    const body: unknown = JSON.parse(text);
    if (body !== null && typeof body === 'object') {
      const b = body as Record<string, unknown>;
      const errors = Array.isArray(b['errors']) ? b['errors'].filter(isProblemItem) : [];
      return new ApiError(response.status, String(b['code'] ?? 'unknown'), String(b['detail'] ?? response.statusText), errors);
    }
  } catch {
    // Not JSON: keep the status line.
  }
  return new ApiError(response.status, 'unknown', `${response.status} ${response.statusText}`);
}
