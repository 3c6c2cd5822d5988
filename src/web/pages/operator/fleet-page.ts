import { el, replaceChildren } from '../../dom/element.js';
import type { Page } from '../../shell/page-context.js';

/** Vehicles and drivers with their compliance (filled in when the compliance endpoints land). */
export const fleetPage: Page = async (ctx) => {
  replaceChildren(ctx.main, el('section', { class: 'card' }, el('h2', {}, 'fleet')));
  await Promise.resolve();
};
