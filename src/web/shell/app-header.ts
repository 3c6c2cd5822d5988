import { el, replaceChildren } from '../dom/element.js';
import { currentLang, setLang, t } from '../i18n/i18n.js';
import type { Session } from '../session/session-store.js';
import { NAVIGATION, hashOf, type RouteName } from './routes.js';

/**
 * The header bar: title, the role's menu (only pages the role may open), who is signed in, the
 * language switch and sign out.
 */
export function renderHeader(header: HTMLElement, session: Session | null, active: RouteName | null, onSignOut: () => void): void {
  const langButton = el('button', { type: 'button', id: 'lang-switch', 'aria-label': t('lang.switchLabel'), lang: currentLang() === 'zh' ? 'en' : 'zh' }, t('lang.switch'));
  langButton.addEventListener('click', () => setLang(currentLang() === 'zh' ? 'en' : 'zh'));
  const tools = el('div', { class: 'tools' }, langButton);
  let nav: HTMLElement | null = null;
  if (session !== null) {
    nav = el('nav', { 'aria-label': 'main' }, ...NAVIGATION[session.role].map((item) =>
      el('a', { href: hashOf(item.route), 'aria-current': item.route === active ? 'page' : undefined, 'data-route': item.route }, t(item.label))));
    const signOut = el('button', { type: 'button', id: 'sign-out' }, t('session.signOut'));
    signOut.addEventListener('click', onSignOut);
    tools.prepend(el('span', { class: 'who', id: 'who' }, t('session.signedInAs', { role: t(`role.${session.role}`) })));
    tools.append(signOut);
  }
  replaceChildren(header, el('h1', {}, t('app.title')), nav, tools);
}
