import type { ApiClient } from '../../api/api-client.js';
import type { ChecklistItem, RecordedInspection, Vehicle } from '../../api/fleet-types.js';
import { el, replaceChildren } from '../../dom/element.js';
import { pick, t } from '../../i18n/i18n.js';
import { failureNotice } from '../../shell/failure-notice.js';

const OUTCOMES = ['pass', 'fail', 'na'] as const;

/** The active checklist items for a vehicle's kind, in checklist order. */
export function itemsFor(vehicle: Vehicle, checklist: readonly ChecklistItem[]): ChecklistItem[] {
  return checklist.filter((c) => c.active && (c.appliesTo === 'both' || c.appliesTo === vehicle.kind)).sort((a, b) => a.sortOrder - b.sortOrder);
}

function itemRow(item: ChecklistItem): HTMLElement {
  const name = `item-${item.code}`;
  const radios = OUTCOMES.map((o) => el('label', { class: `outcome outcome-${o}` },
    el('input', { type: 'radio', name, value: o, checked: o === 'pass' }), t(`inspect.${o}`)));
  return el('tr', { 'data-item': item.code },
    el('td', {}, pick(item.labelZh, item.labelEn)),
    el('td', { class: 'outcomes' }, ...radios),
    el('td', {}, el('input', { type: 'text', name: `note-${item.code}`, 'aria-label': t('inspect.itemNote'), placeholder: t('inspect.itemNote'), maxlength: 2000 })));
}

function resultNotice(result: RecordedInspection): HTMLElement {
  const i = result.inspection;
  return el('div', { class: `notice ${i.passed ? 'ok' : 'error'}`, id: 'inspection-result', role: 'status' },
    el('p', {}, i.passed ? t('inspect.passed', { id: i.id }) : t('inspect.failed', { id: i.id, count: result.openedRectifications.length })),
    result.closedRectifications.length === 0 ? null : el('p', {}, t('inspect.closed', { count: result.closedRectifications.length })),
    result.runsNeedingReplan.length === 0 ? null : el('p', {}, t('inspect.replan', {
      runs: result.runsNeedingReplan.map((r) => `${r.serviceDate} ${r.schoolId} ${r.direction}`).join('; '),
    })));
}

/**
 * The inspection form for one vehicle: an outcome for every active checklist item (pass by default) with
 * a note, the date and the inspector. Submits `POST /api/v1/inspections`; `onRecorded` refreshes the
 * vehicle's standing.
 */
export function inspectionForm(api: ApiClient, vehicle: Vehicle, checklist: readonly ChecklistItem[], defaults: { date: string; inspector: string }, onRecorded: () => void): HTMLElement {
  const items = itemsFor(vehicle, checklist);
  if (items.length === 0) return el('p', { class: 'muted' }, t('inspect.noChecklist'));
  const date = el('input', { type: 'date', name: 'inspectedOn', value: defaults.date, required: true });
  const inspector = el('input', { type: 'text', name: 'inspector', value: defaults.inspector, required: true, maxlength: 100 });
  const note = el('input', { type: 'text', name: 'note', maxlength: 2000 });
  const output = el('div', { 'aria-live': 'polite' });
  const submit = el('button', { type: 'submit' }, t('inspect.submit'));
  const form = el('form', { id: 'inspection-form' },
    el('div', { class: 'row' }, el('label', {}, t('inspect.date'), date), el('label', {}, t('inspect.inspector'), inspector), el('label', {}, t('inspect.note'), note)),
    el('div', { class: 'table-wrap' }, el('table', { class: 'checklist' }, el('tbody', {}, ...items.map(itemRow)))),
    el('p', {}, submit), output);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const body = {
      vehicleId: vehicle.id, inspectedOn: date.value, inspector: inspector.value.trim(),
      ...(note.value.trim() === '' ? {} : { note: note.value.trim() }),
      items: items.map((item) => {
        const itemNote = String(data.get(`note-${item.code}`) ?? '').trim();
        return { itemCode: item.code, outcome: String(data.get(`item-${item.code}`) ?? 'pass'), ...(itemNote === '' ? {} : { note: itemNote }) };
      }),
    };
    submit.disabled = true;
    api.send<RecordedInspection>('POST', '/api/v1/inspections', body).then(
      (result) => { replaceChildren(output, resultNotice(result)); onRecorded(); },
      (error: unknown) => replaceChildren(output, failureNotice(error)),
    ).finally(() => { submit.disabled = false; });
  });
  return form;
}
