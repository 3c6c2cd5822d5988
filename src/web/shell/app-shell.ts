import { apiClient } from '../api/api-client.js';
import { cachedGet } from '../api/cached-get.js';
import { el, replaceChildren } from '../dom/element.js';
import { onLangChange, t } from '../i18n/i18n.js';
import { renderSignIn } from '../pages/sign-in/sign-in-page.js';
import { clearSession, loadSession, saveSession, type Session } from '../session/session-store.js';
import { renderHeader } from './app-header.js';
import { failureNotice } from './failure-notice.js';
import type { Page, PageContext } from './page-context.js';
import { hashOf, homeOf, mayOpen, parseHash, type RouteName } from './routes.js';

/** The shell's state across navigations. */
interface ShellState {
  session: Session | null;
  cached: PageContext['cached'] | null;
  leave: AbortController | null;
}

/**
 * Starts the single-page shell: sign-in when there is no session, otherwise the page in the location
 * hash (or the role's home page), re-rendered on navigation and on a language switch.
 */
export function startShell(pages: Readonly<Record<RouteName, Page>>): void {
  const header = document.getElementById('app-header') ?? document.body.appendChild(el('header', { class: 'app-header' }));
  const main = document.getElementById('app-main') ?? document.body.appendChild(el('main', { class: 'app-main' }));
  const state: ShellState = { session: loadSession(), cached: null, leave: null };

  const signOut = (notice?: string): void => {
    clearSession();
    state.session = null;
    state.cached = null;
    history.replaceState(null, '', '#/');
    render(notice);
  };

  const render = (notice?: string): void => {
    state.leave?.abort();
    state.leave = null;
    const session = state.session;
    if (session === null) {
      renderHeader(header, null, null, () => signOut());
      renderSignIn(main, (signedIn) => {
        saveSession(signedIn);
        state.session = signedIn;
        history.replaceState(null, '', hashOf(homeOf(signedIn.role)));
        render();
      }, notice);
      return;
    }
    const route = parseHash(location.hash);
    if (route === null || !mayOpen(session.role, route.name)) {
      history.replaceState(null, '', hashOf(homeOf(session.role)));
      render();
      return;
    }
    renderHeader(header, session, route.name, () => signOut());
    const api = apiClient(session.token, () => signOut(t('signIn.expired')));
    state.cached ??= cachedGet(api);
    state.leave = new AbortController();
    const ctx: PageContext = { api, cached: state.cached, session, main, param: route.param, signal: state.leave.signal };
    replaceChildren(main, el('p', { class: 'muted' }, t('common.loading')));
    void pages[route.name](ctx).catch((error: unknown) => {
      if (!ctx.signal.aborted && state.session !== null) replaceChildren(main, failureNotice(error));
    });
  };

  window.addEventListener('hashchange', () => render());
  onLangChange(() => {
    document.title = t('app.title');
    render();
  });
  document.title = t('app.title');
  render();
}
