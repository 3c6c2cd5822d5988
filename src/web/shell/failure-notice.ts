import { ApiError } from '../api/api-error.js';
import { el } from '../dom/element.js';
import { t } from '../i18n/i18n.js';

/** A readable notice for an error: out-of-scope and refused come out as such, anything else with its detail. */
export function failureNotice(error: unknown): HTMLElement {
  let text: string;
  if (error instanceof ApiError && error.code === 'not_found') text = t('common.notFound');
  else if (error instanceof ApiError && error.code === 'forbidden') text = t('common.forbidden');
  else {
    const detail = error instanceof Error ? error.message : String(error);
    const items = error instanceof ApiError ? error.errors.map((e) => `${e.path}: ${e.message}`) : [];
    text = t('common.error', { detail: [detail, ...items].join('; ') });
  }
  return el('p', { class: 'notice error', role: 'alert' }, text);
}
