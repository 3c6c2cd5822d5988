import { el, replaceChildren } from '../../dom/element.js';
import type { Page } from '../../shell/page-context.js';

/** Inspections, rectifications and plates (filled in when the compliance endpoints land). */
export const inspectionPage: Page = async (ctx) => {
  replaceChildren(ctx.main, el('section', { class: 'card' }, el('h2', {}, 'inspection')));
  await Promise.resolve();
};
