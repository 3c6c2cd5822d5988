import type { ApiClient } from '../../api/api-client.js';
import type { Driver, Plate } from '../../api/fleet-types.js';
import type { ItemList } from '../../api/geography-types.js';
import { el, replaceChildren, table } from '../../dom/element.js';
import { t } from '../../i18n/i18n.js';
import { failureNotice } from '../../shell/failure-notice.js';

/** An inline form to suspend an active plate: why and from which service date (`POST /plates/{id}/suspend`). */
function suspendForm(api: ApiClient, plate: Plate, today: string, done: (message: string) => void): HTMLElement {
  const reason = el('input', { name: 'reason', required: true, maxlength: 500, 'aria-label': t('plates.suspendReason'), placeholder: t('plates.suspendReason') });
  const effectiveOn = el('input', { type: 'date', name: 'effectiveOn', value: today, required: true, 'aria-label': t('plates.effectiveOn') });
  const output = el('div');
  const form = el('form', { class: 'suspend-plate row', hidden: true },
    reason, effectiveOn, el('button', { type: 'submit', class: 'danger' }, t('plates.suspendSubmit')), output);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    api.send('POST', `/api/v1/plates/${encodeURIComponent(plate.id)}/suspend`, { reason: reason.value.trim(), effectiveOn: effectiveOn.value }).then(
      () => done(t('plates.suspended', { plateNo: plate.plateNo })),
      (error: unknown) => replaceChildren(output, failureNotice(error)),
    );
  });
  return form;
}

function actions(api: ApiClient, plate: Plate, today: string, done: (message: string) => void): HTMLElement | string {
  if (plate.status !== 'active') return plate.statusReason;
  const form = suspendForm(api, plate, today, done);
  const open = el('button', { type: 'button', class: 'secondary' }, t('plates.suspend'));
  open.addEventListener('click', () => {
    form.hidden = false;
    open.hidden = true;
  });
  return el('div', {}, open, form);
}

/**
 * The plates of a vehicle, newest first, with their status; an active plate can be suspended inline.
 * Re-renders itself into `box` after a change; `onChange` lets the page refresh the vehicle's standing.
 */
export async function renderPlateList(api: ApiClient, box: HTMLElement, vehicleId: string, drivers: readonly Driver[], today: string, onChange: () => void, message?: string): Promise<void> {
  const plates = await api.get<ItemList<Plate>>(`/api/v1/plates?vehicleId=${encodeURIComponent(vehicleId)}`);
  const driverName = new Map(drivers.map((d) => [d.id, d.displayName]));
  const done = (text: string): void => {
    onChange();
    void renderPlateList(api, box, vehicleId, drivers, today, onChange, text);
  };
  const rows = [...plates.items].sort((a, b) => b.issuedOn.localeCompare(a.issuedOn) || b.plateNo.localeCompare(a.plateNo)).map((p) => [
    el('span', { 'data-plate': p.plateNo }, p.plateNo), driverName.get(p.driverId) ?? p.driverId, p.route, `${p.validFrom} – ${p.validTo}`,
    el('span', { class: `plate-status plate-${p.status}` }, t(`plates.status.${p.status}`)), actions(api, p, today, done),
  ]);
  replaceChildren(box,
    message === undefined ? null : el('p', { class: 'notice ok', role: 'status' }, message),
    rows.length === 0 ? el('p', { class: 'muted' }, t('plates.none'))
      : table([t('plates.no'), t('plates.driver'), t('plates.route'), t('plates.valid'), t('plates.status'), ''], rows, { id: 'plate-table' }));
}
