import { MESSAGES_EN } from './messages-en.js';
import { MESSAGES_ZH, type MessageKey } from './messages-zh.js';

/** The two languages of the pages; Chinese is the default. */
export type Lang = 'zh' | 'en';

const STORAGE_KEY = 'ws.lang';
const listeners: Array<(lang: Lang) => void> = [];

function storedLang(): Lang {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
}

let current: Lang = storedLang();

/** The language in use. */
export function currentLang(): Lang {
  return current;
}

/** Switches the language, remembers it in localStorage, and tells every listener (the shell re-renders). */
export function setLang(lang: Lang): void {
  current = lang;
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const listener of listeners) listener(lang);
}

/** Calls `listener` after every language switch. */
export function onLangChange(listener: (lang: Lang) => void): void {
  listeners.push(listener);
}

/** A label in the current language, with `{name}` parameters filled in. */
export function t(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  // A key built at run time from API data (a reason code the pages do not know yet) falls back to itself.
  const template: string = (current === 'zh' ? MESSAGES_ZH : MESSAGES_EN)[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Picks the field in the current language from a bilingual pair (API reasons carry both). */
export function pick(zh: string, en: string): string {
  return current === 'zh' ? zh : en;
}

export type { MessageKey };
