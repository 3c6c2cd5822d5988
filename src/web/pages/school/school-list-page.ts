import type { ItemList, School } from '../../api/geography-types.js';
import { el, replaceChildren, table } from '../../dom/element.js';
import { t } from '../../i18n/i18n.js';
import type { Page } from '../../shell/page-context.js';
import { hashOf } from '../../shell/routes.js';

/** The county's schools (coordinator): each links to its timetable page. */
export const schoolListPage: Page = async (ctx) => {
  const schools = await ctx.cached<ItemList<School>>('/api/v1/schools');
  const rows = [...schools.items]
    .sort((a, b) => Number(b.runsShuttle) - Number(a.runsShuttle) || a.id.localeCompare(b.id))
    .map((s) => [
      el('a', { href: hashOf('school', s.id) }, s.nameZh),
      t(`level.${s.level}`),
      s.boarders,
      s.runsShuttle ? t('schools.yes') : t('schools.no'),
    ]);
  replaceChildren(ctx.main, el(
    'section', { class: 'card' },
    el('h2', {}, t('schools.title')),
    table([t('schools.name'), t('schools.level'), t('schools.boarders'), t('schools.shuttle')], rows, { id: 'school-list' }),
  ));
};
