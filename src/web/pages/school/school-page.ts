import type { ApiClient } from '../../api/api-client.js';
import { ApiError } from '../../api/api-error.js';
import type { County, SchoolDetail } from '../../api/geography-types.js';
import { comingFriday, todayIn } from '../../dates/service-date.js';
import { el, replaceChildren } from '../../dom/element.js';
import { saveFile } from '../../dom/save-file.js';
import { t } from '../../i18n/i18n.js';
import { scheduleApi } from '../../schedule/schedule-api.js';
import { failureNotice } from '../../shell/failure-notice.js';
import type { Page } from '../../shell/page-context.js';
import { schoolTimetable } from './school-timetable.js';
import { schoolWindows } from './school-windows.js';

/** The weekend chosen while the tab lives. */
const chosen: { friday: string | null } = { friday: null };

function downloadButton(api: ApiClient, label: string, id: string, path: () => string, fallbackName: () => string, out: HTMLElement): HTMLElement {
  const button = el('button', { type: 'button', class: 'secondary', id }, label);
  button.addEventListener('click', () => {
    api.download(path()).then(({ blob, fileName }) => saveFile(blob, fileName ?? fallbackName()), (error: unknown) => replaceChildren(out, failureNotice(error)));
  });
  return button;
}

async function renderTimetable(api: ApiClient, box: HTMLElement, schoolId: string, friday: string): Promise<void> {
  try {
    replaceChildren(box, schoolTimetable(await scheduleApi.schoolTimetable(api, schoolId, friday)));
  } catch (error) {
    // The school itself was visible (its page loaded), so a 404 here means no schedule for that weekend.
    if (error instanceof ApiError && error.code === 'not_found') replaceChildren(box, el('p', { class: 'notice', id: 'timetable-none' }, t('timetable.none')));
    else replaceChildren(box, failureNotice(error));
  }
}

/**
 * A school's page, printable as one sheet for parents: its dismissal windows and Sunday deadline, then
 * the chosen weekend's runs with vehicle, plate, driver and stops with times, with CSV and iCalendar
 * downloads. A school token sees its own school; a coordinator opens any from the list.
 */
export const schoolPage: Page = async (ctx) => {
  // A school token opening another school's address gets the API's 404 (shown as "not found, or not yours"):
  // the server enforces the scope; the page does not hide it.
  const schoolId = ctx.param ?? ctx.session.schoolId;
  if (schoolId === null) throw new Error('no school chosen');
  const [school, county] = await Promise.all([
    ctx.api.get<SchoolDetail>(`/api/v1/schools/${encodeURIComponent(schoolId)}`), ctx.cached<County>('/api/v1/county'),
  ]);
  chosen.friday ??= comingFriday(todayIn(county.timeZone));
  const friday = el('input', { type: 'date', id: 'timetable-friday', value: chosen.friday, required: true });
  const box = el('div', { id: 'timetable-box' }, el('p', { class: 'muted' }, t('common.loading')));
  const messages = el('div', { class: 'no-print' });
  const print = el('button', { type: 'button', id: 'print' }, t('common.print'));
  const printedWeekend = el('p', { class: 'print-only' }, `${t('timetable.friday')}: ${chosen.friday}`);
  print.addEventListener('click', () => window.print());
  replaceChildren(ctx.main, el(
    'article', { class: 'card school-sheet', id: 'school-sheet', 'data-school': school.id },
    el('h2', { id: 'school-name' }, school.nameZh, ' ', el('span', { class: 'sheet-title' }, t('timetable.title'))),
    el('p', { class: 'muted' }, t('school.boarders', { count: school.boarders }), school.gate === null ? null : ` · ${t('school.gate', { name: school.gate.nameZh })}`),
    school.runsShuttle ? null : el('p', { class: 'notice' }, t('school.noShuttle')),
    el('div', { class: 'row no-print' }, el('label', {}, t('timetable.friday'), friday), print,
      downloadButton(ctx.api, t('timetable.csv'), 'download-csv', () => scheduleApi.schoolCsvPath(school.id, friday.value), () => `${school.id}-${friday.value}.csv`, messages),
      downloadButton(ctx.api, t('timetable.ical'), 'download-ical', () => scheduleApi.schoolIcalPath(school.id, friday.value), () => `${school.id}-${friday.value}.ics`, messages)),
    printedWeekend,
    messages,
    el('h3', {}, t('school.windows')),
    schoolWindows(school.windows),
    box,
  ));
  friday.addEventListener('change', () => {
    if (friday.value === '') return;
    chosen.friday = friday.value;
    printedWeekend.textContent = `${t('timetable.friday')}: ${friday.value}`;
    void renderTimetable(ctx.api, box, school.id, friday.value);
  });
  await renderTimetable(ctx.api, box, school.id, chosen.friday);
};
