import type { DriverCompliance, Plate, VehicleCompliance } from '../../api/fleet-types.js';
import { reasonList } from '../../components/reason-list.js';
import { stateBadge } from '../../components/state-badge.js';
import { el, table } from '../../dom/element.js';
import { t } from '../../i18n/i18n.js';

const STATE_ORDER = { non_compliant: 0, expiring: 1, compliant: 2 } as const;

function plateCell(plate: Plate | null): HTMLElement | string {
  if (plate === null) return t('common.none');
  return el('span', {}, plate.plateNo, el('br'), el('span', { class: 'muted' }, `${plate.validFrom} – ${plate.validTo}`));
}

/** Vehicles with their state, reasons and current plate; the worst first. */
export function vehicleTable(vehicles: readonly VehicleCompliance[]): HTMLElement {
  const rows = [...vehicles]
    .sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || a.registrationNo.localeCompare(b.registrationNo))
    .map((v) => [el('span', { 'data-vehicle': v.vehicleId }, v.registrationNo), t(`kind.${v.kind}`), v.approvedCapacity, stateBadge(v.state), reasonList(v.reasons), plateCell(v.plate)]);
  return table(
    [t('fleet.registration'), t('fleet.kind'), t('fleet.capacity'), t('fleet.state'), t('fleet.reasons'), t('fleet.plate')],
    rows, { id: 'vehicle-table' },
  );
}

/** Drivers with their state and reasons; the worst first. */
export function driverTable(drivers: readonly DriverCompliance[]): HTMLElement {
  const rows = [...drivers]
    .sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || a.displayName.localeCompare(b.displayName))
    .map((d) => [el('span', { 'data-driver': d.driverId }, d.displayName), d.licenceClass, stateBadge(d.state), reasonList(d.reasons)]);
  return table([t('fleet.driverName'), t('fleet.licence'), t('fleet.state'), t('fleet.reasons')], rows, { id: 'driver-table' });
}
