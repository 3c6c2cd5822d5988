import { ApiError } from '../../api/api-error.js';
import { query } from '../../api/api-client.js';
import type { ChecklistItem, FleetCompliance, Operator, Rectification } from '../../api/fleet-types.js';
import type { County, ItemList, School } from '../../api/geography-types.js';
import { rectificationTable } from '../../components/rectification-table.js';
import { comingFriday, todayIn } from '../../dates/service-date.js';
import { fleetRuns } from './fleet-runs.js';
import { el, replaceChildren } from '../../dom/element.js';
import { t } from '../../i18n/i18n.js';
import type { Page, PageContext } from '../../shell/page-context.js';
import { expiringList } from './expiring-list.js';
import { driverTable, vehicleTable } from './fleet-tables.js';

/** The look-ahead of "what expires soon", days (the 30 days). */
const EXPIRING_DAYS = 30;

/** Choices kept while the tab lives (a language switch re-renders the page). */
const chosen: { date: string | null; operatorId: string } = { date: null, operatorId: '' };

/** A list the role may not read (403) comes back empty: the section is then left out. */
async function readable<T>(call: Promise<ItemList<T>>): Promise<readonly T[] | null> {
  try {
    return (await call).items;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'forbidden') return null;
    throw error;
  }
}

function section(title: string, id: string, ...body: HTMLElement[]): HTMLElement {
  return el('section', { class: 'card', id }, el('h2', {}, title), ...body);
}

async function renderReport(ctx: PageContext, out: HTMLElement, date: string, operatorId: string): Promise<void> {
  const [fleet, open, checklist, schools] = await Promise.all([
    ctx.api.get<FleetCompliance>(`/api/v1/compliance${query({ date, expiringDays: EXPIRING_DAYS })}`),
    readable(ctx.api.get<ItemList<Rectification>>('/api/v1/rectifications?status=open')),
    readable(ctx.cached<ItemList<ChecklistItem>>('/api/v1/checklist')),
    ctx.cached<ItemList<School>>('/api/v1/schools'),
  ]);
  const names = new Map(schools.items.map((s) => [s.id, s.nameZh]));

  const mine = <T extends { operatorId: string }>(rows: readonly T[]): T[] => rows.filter((r) => operatorId === '' || r.operatorId === operatorId);
  const view: FleetCompliance = { ...fleet, vehicles: mine(fleet.vehicles), drivers: mine(fleet.drivers) };
  const count = (rows: readonly { state: string }[], state: string): number => rows.filter((r) => r.state === state).length;
  const registration = new Map(fleet.vehicles.map((v) => [v.vehicleId, v.registrationNo]));
  const shown = new Set(view.vehicles.map((v) => v.vehicleId));
  const runs = await fleetRuns(ctx.api, comingFriday(date), (id) => names.get(id) ?? id, (id) => shown.has(id));
  replaceChildren(
    out,
    el('p', { class: 'notice', id: 'fleet-summary' }, t('fleet.summary', {
      date, vOk: count(view.vehicles, 'compliant'), vExp: count(view.vehicles, 'expiring'), vBad: count(view.vehicles, 'non_compliant'),
      dOk: count(view.drivers, 'compliant'), dExp: count(view.drivers, 'expiring'), dBad: count(view.drivers, 'non_compliant'),
    })),
    section(t('fleet.expiring'), 'expiring', expiringList(view)),
    open === null ? null : section(t('fleet.rectifications'), 'rectifications',
      rectificationTable(open.filter((r) => shown.has(r.vehicleId)), date, registration, new Map((checklist ?? []).map((c) => [c.code, c])))),
    section(t('fleet.vehicles'), 'vehicles', vehicleTable(view.vehicles)),
    runs === null ? null : section(t('fleet.runs'), 'runs', runs),
    section(t('fleet.drivers'), 'drivers', driverTable(view.drivers)),
  );
}

/**
 * The fleet page: vehicles and drivers with their compliance on a date (default: the coming Friday),
 * what expires within 30 days, open rectifications with due dates, and the runs of the weekend of that
 * date its vehicles are assigned to. An operator sees its own fleet (the
 * API filters it); coordinators and inspectors choose an operator or see all.
 */
export const fleetPage: Page = async (ctx) => {
  const [county, operators] = await Promise.all([ctx.cached<County>('/api/v1/county'), ctx.cached<ItemList<Operator>>('/api/v1/operators')]);
  chosen.date ??= comingFriday(todayIn(county.timeZone));
  const dateInput = el('input', { type: 'date', id: 'fleet-date', value: chosen.date, required: true });
  const operatorSelect = el('select', { id: 'fleet-operator' },
    el('option', { value: '' }, t('fleet.allOperators')),
    ...operators.items.map((o) => el('option', { value: o.id, selected: o.id === chosen.operatorId }, o.nameZh)));
  const out = el('div', { id: 'fleet-report' }, el('p', { class: 'muted' }, t('common.loading')));
  const title = operators.items.length === 1 && ctx.session.role === 'operator' ? `${t('fleet.title')} · ${operators.items[0]?.nameZh ?? ''}` : t('fleet.title');
  replaceChildren(ctx.main,
    el('section', { class: 'card' }, el('h2', { id: 'fleet-title' }, title), el('div', { class: 'row' },
      el('label', {}, t('fleet.date'), dateInput),
      ctx.session.role === 'operator' ? null : el('label', {}, t('fleet.operator'), operatorSelect))),
    out);
  const refresh = (): void => {
    if (dateInput.value === '') return;
    chosen.date = dateInput.value;
    chosen.operatorId = operatorSelect.value;
    void renderReport(ctx, out, chosen.date, chosen.operatorId).catch((error: unknown) => {
      if (!ctx.signal.aborted) replaceChildren(out, el('p', { class: 'notice error', role: 'alert' }, error instanceof Error ? error.message : String(error)));
    });
  };
  dateInput.addEventListener('change', refresh);
  operatorSelect.addEventListener('change', refresh);
  await renderReport(ctx, out, chosen.date, chosen.operatorId);
};
