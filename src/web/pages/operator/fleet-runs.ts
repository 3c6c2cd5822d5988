import type { ApiClient } from '../../api/api-client.js';
import { ApiError } from '../../api/api-error.js';
import { el, table } from '../../dom/element.js';
import { t, type MessageKey } from '../../i18n/i18n.js';
import { scheduleApi } from '../../schedule/schedule-api.js';
import { clockOf, dayOffsetOf } from '../../schedule/weekend-time.js';

/**
 * The runs the caller's vehicles are assigned to in a weekend's published schedule (an operator sees only
 * its own; the API filters; `shownVehicle` narrows to the chosen operator), in departure order: day, school, direction, vehicle, driver, first and last time.
 */
export async function fleetRuns(api: ApiClient, friday: string, schoolName: (id: string) => string, shownVehicle: (id: string) => boolean): Promise<HTMLElement | null> {
  let runs;
  try {
    runs = (await scheduleApi.runs(api, friday)).items.filter((r) => shownVehicle(r.vehicleId));
  } catch (error) {
    if (error instanceof ApiError && error.code === 'not_found') return el('p', { class: 'muted', id: 'fleet-runs' }, t('fleet.runsNone'));
    // A role that may not read runs (403) gets the page without the section.
    if (error instanceof ApiError && error.code === 'forbidden') return null;
    throw error;
  }
  if (runs.length === 0) return el('p', { class: 'muted', id: 'fleet-runs' }, t('fleet.runsNone'));
  const rows = [...runs].sort((a, b) => (a.stops[0]?.departS ?? 0) - (b.stops[0]?.departS ?? 0)).map((r) => {
    const first = r.stops[0]?.departS ?? 0;
    return [
      t(`day.${Math.max(-2, Math.min(3, dayOffsetOf(first)))}` as MessageKey), schoolName(r.schoolId), t(`direction.${r.direction}`),
      el('span', { 'data-vehicle': r.vehicleId }, r.registrationNo), r.driverName, `${clockOf(first)}–${clockOf(r.stops.at(-1)?.arriveS ?? first)}`,
    ];
  });
  return table([t('common.date'), t('schools.name'), t('fleet.runDirection'), t('fleet.registration'), t('timetable.driver'), t('timetable.time')], rows, { id: 'fleet-runs' });
}
