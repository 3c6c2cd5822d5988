import type { ChecklistItem, Driver, Operator, Rectification, Vehicle, VehicleCompliance } from '../../api/fleet-types.js';
import type { County, ItemList, PlaceCollection } from '../../api/geography-types.js';
import { reasonList } from '../../components/reason-list.js';
import { rectificationTable } from '../../components/rectification-table.js';
import { stateBadge } from '../../components/state-badge.js';
import { todayIn } from '../../dates/service-date.js';
import { el, replaceChildren } from '../../dom/element.js';
import { t } from '../../i18n/i18n.js';
import type { Page, PageContext } from '../../shell/page-context.js';
import { hashOf } from '../../shell/routes.js';
import { inspectionForm } from './inspection-form.js';
import { issuePlateForm } from './issue-plate-form.js';
import { renderPlateList } from './plate-list.js';

/** What the page loads once: the fleet, the checklist and the stops a plate may list. */
interface InspectionData {
  readonly today: string;
  readonly vehicles: readonly Vehicle[];
  readonly operators: readonly Operator[];
  readonly checklist: readonly ChecklistItem[];
  readonly places: PlaceCollection;
}

function vehiclePicker(data: InspectionData, selected: string | null): HTMLSelectElement {
  return el('select', { id: 'inspect-vehicle', 'aria-label': t('inspect.vehicle') },
    el('option', { value: '' }, t('inspect.chooseVehicle')),
    ...data.operators.map((o) => {
      const group = el('optgroup', { label: o.nameZh });
      for (const v of data.vehicles.filter((x) => x.operatorId === o.id)) {
        group.append(el('option', { value: v.id, selected: v.id === selected }, `${v.registrationNo} · ${t(`kind.${v.kind}`)} · ${v.approvedCapacity}`));
      }
      return group;
    }));
}

async function renderStanding(ctx: PageContext, box: HTMLElement, vehicleId: string, date: string): Promise<void> {
  const standing = await ctx.api.get<VehicleCompliance>(`/api/v1/vehicles/${encodeURIComponent(vehicleId)}/compliance?date=${date}`);
  replaceChildren(box, el('h3', {}, t('inspect.standing', { date }), ' ', stateBadge(standing.state)), reasonList(standing.reasons));
}

/** The panel of one vehicle: its standing today, the inspection form, its plates and the form to issue one. */
async function renderVehicle(ctx: PageContext, box: HTMLElement, data: InspectionData, vehicle: Vehicle): Promise<void> {
  const drivers = (await ctx.api.get<ItemList<Driver>>(`/api/v1/drivers?operator=${encodeURIComponent(vehicle.operatorId)}`)).items;
  const standing = el('div', { id: 'vehicle-standing' });
  const plates = el('div', { id: 'plate-list' });
  const refreshStanding = (): void => void renderStanding(ctx, standing, vehicle.id, data.today).catch(() => undefined);
  const refreshPlates = (): void => void renderPlateList(ctx.api, plates, vehicle.id, drivers, data.today, refreshStanding).catch(() => undefined);
  const stops = data.places.features.filter((p) => p.properties.kind !== 'depot' && (vehicle.kind === 'boat' ? p.properties.access !== 'road' : p.properties.access !== 'water'));
  replaceChildren(box,
    el('section', { class: 'card', id: 'vehicle-panel', 'data-vehicle': vehicle.id }, el('h2', {}, `${vehicle.registrationNo} · ${vehicle.makeModel}`), standing),
    el('section', { class: 'card' }, el('h2', {}, t('inspect.record')),
      inspectionForm(ctx.api, vehicle, data.checklist, { date: data.today, inspector: t('role.inspector') }, refreshStanding)),
    el('section', { class: 'card', id: 'plates' }, el('h2', {}, t('plates.title')), plates,
      issuePlateForm(ctx.api, vehicle, drivers, stops, data.today, () => { refreshPlates(); refreshStanding(); })));
  await Promise.all([renderStanding(ctx, standing, vehicle.id, data.today), renderPlateList(ctx.api, plates, vehicle.id, drivers, data.today, refreshStanding)]);
}

/**
 * The inspector's page: choose a vehicle (`#/inspection/<vehicleId>`), see its standing, record an
 * inspection against the checklist, see and suspend its plates or issue one; below, every open
 * rectification with its due date.
 */
export const inspectionPage: Page = async (ctx) => {
  const county = await ctx.cached<County>('/api/v1/county');
  const [vehicles, operators, checklist, places, open] = await Promise.all([
    ctx.cached<ItemList<Vehicle>>('/api/v1/vehicles'), ctx.cached<ItemList<Operator>>('/api/v1/operators'),
    ctx.cached<ItemList<ChecklistItem>>('/api/v1/checklist'), ctx.cached<PlaceCollection>('/api/v1/places'),
    ctx.api.get<ItemList<Rectification>>('/api/v1/rectifications?status=open'),
  ]);
  const data: InspectionData = { today: todayIn(county.timeZone), vehicles: vehicles.items, operators: operators.items, checklist: checklist.items, places };
  const picker = vehiclePicker(data, ctx.param);
  const panel = el('div', { id: 'vehicle-box' });
  const registration = new Map(data.vehicles.map((v) => [v.id, v.registrationNo]));
  replaceChildren(ctx.main,
    el('section', { class: 'card' }, el('h2', {}, t('inspect.title')), el('label', { class: 'row' }, t('inspect.vehicle'), picker)),
    panel,
    el('section', { class: 'card', id: 'rectifications' }, el('h2', {}, t('fleet.rectifications')),
      rectificationTable(open.items, data.today, registration, new Map(data.checklist.map((c) => [c.code, c])))));
  const show = (vehicleId: string): Promise<void> => {
    const vehicle = data.vehicles.find((v) => v.id === vehicleId);
    if (vehicle === undefined) return Promise.resolve(replaceChildren(panel));
    return renderVehicle(ctx, panel, data, vehicle);
  };
  picker.addEventListener('change', () => {
    history.replaceState(null, '', picker.value === '' ? hashOf('inspection') : hashOf('inspection', picker.value));
    void show(picker.value);
  });
  if (ctx.param !== null) await show(ctx.param);
};
