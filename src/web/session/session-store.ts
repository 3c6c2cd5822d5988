/** The roles a token may have (docs/api.md, "Who may do what"). */
export type Role = 'coordinator' | 'inspector' | 'operator' | 'school';

/** The signed-in caller: the secret (for the Authorization header) and what `GET /api/v1/me` said it is. */
export interface Session {
  readonly token: string;
  readonly role: Role;
  readonly tokenId: string;
  readonly schoolId: string | null;
  readonly operatorId: string | null;
}

const STORAGE_KEY = 'ws.session';

/** Shape of a token secret (src/api/auth/token-secret.ts): checked before any request is sent. */
export const TOKEN_SHAPE = /^wst_[A-Za-z0-9_-]{43}$/;

function isSession(value: unknown): value is Session {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v['token'] === 'string' && typeof v['role'] === 'string' && typeof v['tokenId'] === 'string';
}

/**
 * The session kept in sessionStorage: it lives as long as the tab, is not shared with other tabs, and
 * is never written to localStorage or a cookie (a token is a password).
 */
export function loadSession(): Session | null {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Stores the session for this tab. */
export function saveSession(session: Session): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

/** Forgets the session (sign out, or the server rejected the token). */
export function clearSession(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}
