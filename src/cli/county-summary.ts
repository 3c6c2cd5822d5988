import type { CountyRecords } from '../db/county-records.js';
import type { IsoDate } from '../domain/calendar.js';
import { formatTable } from './output/text-table.js';

/** The county at a glance: schools, riders, fleet, network, and plates on a date. */
export function formatCountySummary(name: string, r: CountyRecords, date: IsoDate): string {
  const shuttleSchools = r.schools.filter((s) => s.runsShuttle);
  const needRide = r.students.filter((s) => s.needsRide).length;
  const riders = r.students.filter((s) => s.currentlyRides).length;
  const buses = r.vehicles.filter((v) => v.kind === 'bus');
  const boats = r.vehicles.filter((v) => v.kind === 'boat');
  const seats = buses.reduce((sum, v) => sum + v.approvedCapacity, 0);
  const roadKm = r.roads.reduce((sum, s) => sum + s.lengthM, 0) / 1000;
  const hazardKm = r.roads.filter((s) => Object.values(s.hazards).some(Boolean)).reduce((sum, s) => sum + s.lengthM, 0) / 1000;
  const waterKm = r.waterways.reduce((sum, w) => sum + w.lengthM, 0) / 1000;
  const activePlates = r.plates.filter((p) => p.status === 'active' && p.validFrom <= date && date <= p.validTo).length;
  const rows: [string, string][] = [
    ['townships', String(r.townships.length)],
    ['schools (with weekend shuttle)', `${r.schools.length} (${shuttleSchools.length})`],
    ['boarding students', String(r.students.length)],
    ['need a weekend ride', String(needRide)],
    ['ride today', `${riders} (${needRide === 0 ? 0 : ((100 * riders) / needRide).toFixed(1)}% of those who need one)`],
    ['coaches (seats)', `${buses.length} (${seats})`],
    ['boats', String(boats.length)],
    ['drivers', String(r.drivers.length)],
    ['road network', `${roadKm.toFixed(0)} km in ${r.roads.length} segments, ${hazardKm.toFixed(0)} km with hazard flags`],
    ['waterways', `${waterKm.toFixed(1)} km in ${r.waterways.length} legs`],
    [`active plates on ${date}`, `${activePlates} of ${r.vehicles.length} vehicles`],
  ];
  return `${name}\n${formatTable(['', 'value'], rows)}`;
}
