import type { MessageKey } from '../i18n/i18n.js';
import type { Role } from '../session/session-store.js';

/** The pages, each at `#/<name>[/<param>]`. */
export type RouteName = 'map' | 'schools' | 'school' | 'fleet' | 'inspection';

/** A parsed location: a page and an optional id (a school or an operator). */
export interface Route {
  readonly name: RouteName;
  readonly param: string | null;
}

/** Navigation entries per role, in menu order; the first is where the role lands after signing in. */
export const NAVIGATION: Readonly<Record<Role, readonly { route: RouteName; label: MessageKey }[]>> = {
  coordinator: [
    { route: 'map', label: 'nav.map' },
    { route: 'schools', label: 'nav.schools' },
    { route: 'fleet', label: 'nav.fleet' },
    { route: 'inspection', label: 'nav.inspection' },
  ],
  inspector: [
    { route: 'inspection', label: 'nav.inspection' },
    { route: 'fleet', label: 'nav.fleet' },
  ],
  operator: [{ route: 'fleet', label: 'nav.fleet' }],
  school: [{ route: 'school', label: 'nav.school' }],
};

/** Pages a role may open besides its menu (a coordinator opens any school's page from the list). */
const EXTRA: Readonly<Record<Role, readonly RouteName[]>> = { coordinator: ['school'], inspector: [], operator: [], school: [] };

const NAMES: readonly RouteName[] = ['map', 'schools', 'school', 'fleet', 'inspection'];

/** Parses `#/school/S01` into a route; anything else yields null. */
export function parseHash(hash: string): Route | null {
  const [name, param] = hash.replace(/^#\/?/, '').split('/');
  const found = NAMES.find((n) => n === name);
  if (found === undefined) return null;
  return { name: found, param: param === undefined || param === '' ? null : decodeURIComponent(param) };
}

/** The hash of a route. */
export function hashOf(name: RouteName, param?: string): string {
  return param === undefined ? `#/${name}` : `#/${name}/${encodeURIComponent(param)}`;
}

/** Whether a role may open a page (the server enforces the same through the API; this hides what it would refuse). */
export function mayOpen(role: Role, name: RouteName): boolean {
  return NAVIGATION[role].some((n) => n.route === name) || EXTRA[role].includes(name);
}

/** Where a role lands. */
export function homeOf(role: Role): RouteName {
  return NAVIGATION[role][0]?.route ?? 'map';
}
