import type { SchoolDetail } from '../../api/geography-types.js';
import { el, replaceChildren } from '../../dom/element.js';
import { t } from '../../i18n/i18n.js';
import type { Page } from '../../shell/page-context.js';
import { schoolWindows } from './school-windows.js';

/**
 * A school's page: its dismissal windows and Sunday deadline (and, once the schedule endpoints exist,
 * its runs with pickup times). A school token sees its own school; a coordinator opens any from the list.
 */
export const schoolPage: Page = async (ctx) => {
  // A school token opening another school's address gets the API's 404 (shown as "not found, or not yours"):
  // the server enforces the scope; the page does not hide it.
  const schoolId = ctx.param ?? ctx.session.schoolId;
  if (schoolId === null) throw new Error('no school chosen');
  const school = await ctx.api.get<SchoolDetail>(`/api/v1/schools/${encodeURIComponent(schoolId)}`);
  replaceChildren(ctx.main, el(
    'article', { class: 'card school-sheet', id: 'school-sheet', 'data-school': school.id },
    el('h2', { id: 'school-name' }, school.nameZh),
    el('p', { class: 'muted' }, t('school.boarders', { count: school.boarders }), school.gate === null ? null : ` · ${t('school.gate', { name: school.gate.nameZh })}`),
    school.runsShuttle ? null : el('p', { class: 'notice' }, t('school.noShuttle')),
    el('h3', {}, t('school.windows')),
    schoolWindows(school.windows),
  ));
};
