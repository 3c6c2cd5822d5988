import type { ApiClient } from '../../api/api-client.js';
import { el, replaceChildren } from '../../dom/element.js';
import { t } from '../../i18n/i18n.js';
import { scheduleApi } from '../../schedule/schedule-api.js';
import type { ScheduleDiff, ScheduleVersion, ValidationReport } from '../../schedule/schedule-types.js';
import { failureNotice } from '../../shell/failure-notice.js';
import type { ScheduleView } from './schedule-view.js';

function validationNotice(report: ValidationReport): HTMLElement {
  if (report.valid) return el('p', { class: 'notice ok', 'data-result': 'valid' }, t('schedule.valid'));
  return el('div', { class: 'notice error', 'data-result': 'invalid' }, t('schedule.invalid', { count: report.violations.length }),
    el('ul', {}, ...report.violations.map((v) => el('li', { 'data-code': v.code }, v.message))));
}

function diffNotice(diff: ScheduleDiff, schoolName: (id: string) => string): HTMLElement {
  if (diff.publishedId === null) return el('p', { class: 'notice', 'data-result': 'first' }, t('schedule.noPublished'));
  const changes = diff.schools.flatMap((s) => s.changes.map((c) => ({ schoolId: s.schoolId, ...c })));
  if (changes.length === 0) return el('p', { class: 'notice ok', 'data-result': 'same' }, t('schedule.noChanges'));
  return el('div', { class: 'notice', 'data-result': 'changed' }, t('schedule.changes', { count: changes.length }),
    el('ul', {}, ...changes.map((c) => el('li', { 'data-school': c.schoolId, 'data-kind': c.kind },
      t('schedule.change', { school: schoolName(c.schoolId), kind: t(`change.${c.kind}`), before: c.before ?? '—', after: c.after ?? '—' })))),
    diff.vehiclesToRefile.length === 0 ? null : el('p', { class: 'refile' }, t('schedule.refile', { vehicles: diff.vehiclesToRefile.join(', ') })));
}

/**
 * A version's line in the list with its actions: show it, validate it (the independent validator),
 * compare it with the published version, and publish a draft. `reload` refreshes the list after publishing,
 * with a message to show above it.
 */
export function versionActions(api: ApiClient, view: ScheduleView, shown: HTMLElement, reload: (showId: string, message: string) => void): (v: ScheduleVersion) => HTMLElement {
  return (v) => {
    const output = el('div', { class: 'version-output', 'aria-live': 'polite' });
    const run = (action: () => Promise<HTMLElement | null>): void => {
      action().then((node) => { if (node !== null) replaceChildren(output, node); }, (error: unknown) => replaceChildren(output, failureNotice(error)));
    };
    const button = (label: string, name: string, action: () => Promise<HTMLElement | null>): HTMLElement => {
      const b = el('button', { type: 'button', class: 'secondary', 'data-action': name }, label);
      b.addEventListener('click', () => run(action));
      return b;
    };
    return el('li', { 'data-version': v.version, 'data-status': v.status, 'data-id': v.id },
      el('span', { class: 'version-name' }, t('schedule.version', { version: v.version }), ' · ', el('span', { class: `version-status status-${v.status}` }, t(`schedule.status.${v.status}`))),
      el('span', { class: 'version-buttons' },
        button(t('schedule.show'), 'show', async () => { view.show(await scheduleApi.show(api, v.id), shown); return null; }),
        button(t('schedule.validate'), 'validate', async () => validationNotice(await scheduleApi.validate(api, v.id))),
        button(t('schedule.diff'), 'diff', async () => diffNotice(await scheduleApi.diff(api, v.id), view.schoolName)),
        v.status === 'draft' ? button(t('schedule.publish'), 'publish', async () => {
          const published = await scheduleApi.publish(api, v.id);
          reload(published.id, t('schedule.published', { version: published.version }));
          return null;
        }) : null),
      output);
  };
}
