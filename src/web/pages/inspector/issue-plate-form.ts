import type { ApiClient } from '../../api/api-client.js';
import { ApiError } from '../../api/api-error.js';
import type { Driver, Plate, Vehicle } from '../../api/fleet-types.js';
import type { PlaceFeature } from '../../api/geography-types.js';
import { addDays, addMonths } from '../../dates/service-date.js';
import { el, replaceChildren } from '../../dom/element.js';
import { t } from '../../i18n/i18n.js';
import { failureNotice } from '../../shell/failure-notice.js';

/** A refused plate (409): every reason the compliance rules gave, one per line. */
function refusal(error: ApiError): HTMLElement {
  return el('div', { class: 'notice error', role: 'alert', id: 'plate-refused' },
    el('p', {}, t('plates.refused'), ' ', error.message),
    el('ul', {}, ...error.errors.map((e) => el('li', {}, e.message))));
}

function field(label: string, input: HTMLElement): HTMLElement {
  return el('label', {}, label, input);
}

/**
 * The form to issue a plate (校车标牌, 校车安全管理条例 art. 15–16) for a vehicle: number, driver (of the
 * vehicle's operator), route, operating hours, stops, issuing unit, validity and the day of issue.
 * `POST /api/v1/plates`; a refusal lists every reason. `onIssued` refreshes the plate list.
 */
export function issuePlateForm(
  api: ApiClient, vehicle: Vehicle, drivers: readonly Driver[], stops: readonly PlaceFeature[], today: string, onIssued: (plate: Plate) => void,
): HTMLElement {
  const inputs = {
    plateNo: el('input', { name: 'plateNo', required: true, maxlength: 32 }),
    driverId: el('select', { name: 'driverId', required: true }, ...drivers.map((d) => el('option', { value: d.id }, `${d.displayName} (${d.licenceClass})`))),
    route: el('input', { name: 'route', required: true, maxlength: 200 }),
    operatingFrom: el('input', { type: 'time', name: 'operatingFrom', value: '06:30', required: true }),
    operatingTo: el('input', { type: 'time', name: 'operatingTo', value: '19:00', required: true }),
    stops: el('select', { name: 'stops', multiple: true, size: 6, required: true }, ...stops.map((p) => el('option', { value: p.properties.id }, p.properties.nameZh))),
    issuingUnit: el('input', { name: 'issuingUnit', required: true, maxlength: 100, value: t('plates.defaultUnit') }),
    validFrom: el('input', { type: 'date', name: 'validFrom', value: today, required: true }),
    // A plate may not outlast the vehicle's inspection (机动车登记规定), which covers six months: the default
    // validity is the six months of an inspection made today.
    validTo: el('input', { type: 'date', name: 'validTo', value: addDays(addMonths(today, 6), -1), required: true }),
    issuedOn: el('input', { type: 'date', name: 'issuedOn', value: today, required: true }),
  };
  const output = el('div', { 'aria-live': 'polite' });
  const submit = el('button', { type: 'submit' }, t('plates.issueSubmit'));
  const form = el('form', { id: 'issue-plate-form', class: 'issue-plate' },
    el('h3', {}, t('plates.issue')),
    el('div', { class: 'row' },
      field(t('plates.no'), inputs.plateNo), field(t('plates.driver'), inputs.driverId), field(t('plates.route'), inputs.route),
      field(t('plates.operating'), el('span', { class: 'time-range' }, inputs.operatingFrom, '–', inputs.operatingTo)),
      field(t('plates.stops'), inputs.stops), field(t('plates.issuingUnit'), inputs.issuingUnit),
      field(t('plates.validFrom'), inputs.validFrom), field(t('plates.validTo'), inputs.validTo), field(t('plates.issuedOn'), inputs.issuedOn)),
    el('p', {}, submit), output);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = {
      plateNo: inputs.plateNo.value.trim(), vehicleId: vehicle.id, driverId: inputs.driverId.value, route: inputs.route.value.trim(),
      operatingFrom: inputs.operatingFrom.value, operatingTo: inputs.operatingTo.value,
      stops: [...inputs.stops.selectedOptions].map((o) => o.value), issuingUnit: inputs.issuingUnit.value.trim(),
      validFrom: inputs.validFrom.value, validTo: inputs.validTo.value, issuedOn: inputs.issuedOn.value,
    };
    submit.disabled = true;
    api.send<Plate>('POST', '/api/v1/plates', body).then(
      (plate) => { replaceChildren(output, el('p', { class: 'notice ok', role: 'status', id: 'plate-issued' }, t('plates.issued', { plateNo: plate.plateNo }))); onIssued(plate); },
      (error: unknown) => replaceChildren(output, error instanceof ApiError && error.code === 'conflict' ? refusal(error) : failureNotice(error)),
    ).finally(() => { submit.disabled = false; });
  });
  return form;
}
