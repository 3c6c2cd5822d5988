import type { ApiClient } from '../../api/api-client.js';
import { addDays } from '../../dates/service-date.js';
import { el, replaceChildren } from '../../dom/element.js';
import { t } from '../../i18n/i18n.js';
import { scheduleApi, type Weather } from '../../schedule/schedule-api.js';
import type { ScheduleJob, ScheduleVersion } from '../../schedule/schedule-types.js';
import { failureNotice } from '../../shell/failure-notice.js';
import type { ClosureSet } from './closure-set.js';
import type { ScheduleView } from './schedule-view.js';
import { versionActions } from './version-actions.js';

/** How often the generate job is polled, ms. */
const POLL_MS = 500;

const WEATHER: readonly Weather[] = ['clear', 'rain', 'fog', 'snow'];

function weatherSelect(name: string): HTMLSelectElement {
  return el('select', { name, id: name }, ...WEATHER.map((w) => el('option', { value: w }, t(`weather.${w}`))));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(timer); reject(new DOMException('left the page', 'AbortError')); }, { once: true });
  });
}

/** Polls a generate job until it ends, updating the progress bar; resolves with the finished job. */
async function followJob(api: ApiClient, jobId: string, bar: HTMLProgressElement, stage: HTMLElement, signal: AbortSignal): Promise<ScheduleJob> {
  for (;;) {
    const job = await scheduleApi.job(api, jobId);
    bar.value = job.progress;
    stage.textContent = t('schedule.generating', { stage: job.message });
    if (job.status === 'succeeded' || job.status === 'failed' || job.status === 'cancelled') return job;
    await sleep(POLL_MS, signal);
  }
}

/**
 * The coordinator's schedule panel: choose the weekend, its weather and closed sections, generate (a background job with a
 * progress bar), list the weekend's versions, and per version show, validate, compare with the published
 * one and publish.
 */
export function schedulePanel(api: ApiClient, view: ScheduleView, closures: ClosureSet, friday: string, signal: AbortSignal): HTMLElement {
  const fridayInput = el('input', { type: 'date', id: 'schedule-friday', value: friday, required: true });
  const weatherFriday = weatherSelect('weather-friday');
  const weatherSunday = weatherSelect('weather-sunday');
  const generate = el('button', { type: 'submit', id: 'generate' }, t('schedule.generate'));
  const bar = el('progress', { id: 'generate-progress', max: 1, value: 0, hidden: true });
  const stage = el('p', { class: 'muted', id: 'generate-stage', 'aria-live': 'polite' });
  const versions = el('div', { id: 'schedule-versions' });
  const shown = el('div', { id: 'schedule-shown' });
  const form = el('form', { class: 'card', id: 'generate-form' },
    el('h2', {}, t('schedule.title')),
    el('div', { class: 'row' }, el('label', {}, t('schedule.friday'), fridayInput),
      el('label', {}, t('schedule.weatherFriday'), weatherFriday), el('label', {}, t('schedule.weatherSunday'), weatherSunday)),
    el('p', { class: 'muted' }, t('schedule.closures')), closures.list,
    el('p', {}, generate), bar, stage);

  const refresh = async (showId?: string, message?: string): Promise<void> => {
    const list = await scheduleApi.list(api, fridayInput.value);
    const actions = versionActions(api, view, shown, (id, text) => void refresh(id, text).catch((e: unknown) => replaceChildren(versions, failureNotice(e))));
    replaceChildren(versions, el('h3', {}, t('schedule.versions')),
      message === undefined ? null : el('p', { class: 'notice ok', id: 'schedule-message', role: 'status' }, message),
      list.items.length === 0
      ? el('p', { class: 'muted' }, t('schedule.noVersions'))
      : el('ul', { class: 'versions' }, ...[...list.items].sort((a, b) => b.version - a.version).map((v: ScheduleVersion) => actions(v))));
    const pick = showId ?? list.items.find((v) => v.status === 'published')?.id ?? list.items[0]?.id;
    if (pick !== undefined) view.show(await scheduleApi.show(api, pick), shown);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    generate.disabled = true;
    bar.hidden = false;
    bar.value = 0;
    const sunday = addDays(fridayInput.value, 2);
    const closed = closures.ids().map((id) => ({ id, reason: t('schedule.closureReason') }));
    scheduleApi.generate(api, fridayInput.value, sunday, { friday: weatherFriday.value as Weather, sunday: weatherSunday.value as Weather }, closed)
      .then((accepted) => followJob(api, accepted.id, bar, stage, signal))
      .then(async (job) => {
        if (job.status === 'cancelled') {
          stage.textContent = t('schedule.cancelled');
          return;
        }
        if (job.status === 'failed' || job.scheduleId === null) {
          stage.textContent = t('schedule.failed', { error: job.error?.detail ?? job.message });
          return;
        }
        const detail = await scheduleApi.show(api, job.scheduleId);
        stage.textContent = t('schedule.generated', { version: detail.version });
        await refresh(job.scheduleId);
      })
      .catch((error: unknown) => { if (!signal.aborted) replaceChildren(stage, failureNotice(error)); })
      .finally(() => { generate.disabled = false; });
  });
  fridayInput.addEventListener('change', () => void refresh().catch((e: unknown) => replaceChildren(versions, failureNotice(e))));
  void refresh().catch((e: unknown) => replaceChildren(versions, failureNotice(e)));
  return el('div', { class: 'schedule-panel' }, form, el('section', { class: 'card' }, versions, shown));
}
