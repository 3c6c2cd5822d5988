import { ApiError } from '../../api/api-error.js';
import { el, replaceChildren } from '../../dom/element.js';
import { t } from '../../i18n/i18n.js';
import { TOKEN_SHAPE, type Role, type Session } from '../../session/session-store.js';

/** `GET /api/v1/me`: the role and scope of a token. */
interface SessionInfo {
  readonly tokenId: string;
  readonly role: Role;
  readonly schoolId: string | null;
  readonly operatorId: string | null;
}

/** Asks the server who a token belongs to; null when it is rejected. */
async function lookUp(token: string): Promise<SessionInfo | null> {
  const response = await fetch('/api/v1/me', { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  if (response.status === 401) return null;
  if (!response.ok) throw new ApiError(response.status, 'unknown', `${response.status} ${response.statusText}`);
  return (await response.json()) as SessionInfo;
}

/**
 * The sign-in form: a token is pasted, its shape checked in the page, then the server says which role
 * it has. `notice` is shown above the form (e.g. the session expired).
 */
export function renderSignIn(main: HTMLElement, onSignedIn: (session: Session) => void, notice?: string): void {
  const input = el('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', spellcheck: 'false', required: true });
  const message = el('p', { class: 'error', role: 'alert', 'aria-live': 'polite' });
  const form = el(
    'form', { class: 'card sign-in', novalidate: true },
    el('h2', {}, t('signIn.title')),
    notice === undefined ? null : el('p', { class: 'notice' }, notice),
    el('p', { class: 'muted' }, t('signIn.help')),
    el('label', { for: 'token' }, t('signIn.token')),
    input, message,
    el('p', {}, el('button', { type: 'submit' }, t('signIn.submit'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const token = input.value.trim();
    if (!TOKEN_SHAPE.test(token)) {
      message.textContent = t('signIn.malformed');
      return;
    }
    void lookUp(token).then(
      (info) => {
        if (info === null) message.textContent = t('signIn.rejected');
        else onSignedIn({ token, ...info });
      },
      (error: unknown) => { message.textContent = t('common.error', { detail: error instanceof Error ? error.message : String(error) }); },
    );
  });
  replaceChildren(main, form);
  input.focus();
}
