import { addDays, type IsoDate } from '../../src/domain/calendar.js';
import type { Plate } from '../../src/domain/compliance-records.js';
import type { Vehicle } from '../../src/domain/fleet.js';
import { haversineM, type Position } from '../../src/domain/geo.js';
import type { Place } from '../../src/domain/place.js';
import type { CompliancePlan } from './compliance-plan.js';
import type { Random } from './random.js';
import { PIER_ID } from './service-places.js';
import { currentTermStart, oneYearFrom } from './terms.js';

/** 校车安全管理条例 art. 16: the plate is issued jointly by education, traffic police and transport. */
const ISSUING_UNIT = '遂昌县教育局 / 遂昌县公安局交通警察大队 / 遂昌县交通运输局';
const STOPS_PER_PLATE = 5;

/** A shuttle school as the plate writer sees it: its gate and the villages its riders live in. */
export interface PlateSchool {
  readonly id: string;
  readonly nameZh: string;
  readonly gate: Place;
  readonly riderPlaces: readonly Place[];
}

const pos = (p: Place): Position => [p.lon, p.lat];

/** Each coach serves the shuttle schools nearest its depot, in turn; boats serve the 湖山 schools. */
function assignSchools(vehicles: readonly Vehicle[], schools: readonly PlateSchool[], places: ReadonlyMap<string, Place>): Map<string, PlateSchool> {
  const out = new Map<string, PlateSchool>();
  const turn = new Map<string, number>();
  for (const v of vehicles) {
    const depot = places.get(v.homeDepotPlaceId);
    if (depot === undefined) throw new Error(`plates: no depot ${v.homeDepotPlaceId}`);
    const ranked = [...schools].sort((a, b) => haversineM(pos(depot), pos(a.gate)) - haversineM(pos(depot), pos(b.gate)));
    const near = v.kind === 'boat' ? ranked.slice(0, 2) : ranked.slice(0, v.homeDepotPlaceId === 'D-331123001' ? schools.length : 5);
    const k = turn.get(v.homeDepotPlaceId) ?? 0;
    turn.set(v.homeDepotPlaceId, k + 1);
    out.set(v.id, near[k % near.length] as PlateSchool);
  }
  return out;
}

/** The licensed stops of the k-th vehicle on a school's plates: a rotating slice of its rider villages. */
function stopsOf(v: Vehicle, school: PlateSchool, k: number, places: ReadonlyMap<string, Place>): Place[] {
  if (v.kind === 'boat') return [school.gate, ...[PIER_ID].map((id) => places.get(id) as Place), ...school.riderPlaces.filter((p) => p.access === 'water')];
  const road = school.riderPlaces.filter((p) => p.access === 'road');
  const start = (k * STOPS_PER_PLATE) % Math.max(1, road.length);
  return [school.gate, ...[...road.slice(start), ...road.slice(0, start)].slice(0, STOPS_PER_PLATE)];
}

/**
 * One plate per vehicle (标牌): active, except the planned suspension and the out-of-service coaches
 * (revoked); one-year validity, a few ending within 30 days. Numbers and routes synthetic.
 */
export function buildPlates(
  vehicles: readonly Vehicle[], driverOf: ReadonlyMap<string, string>, schools: readonly PlateSchool[], places: ReadonlyMap<string, Place>,
  plan: CompliancePlan, demo: IsoDate, countyId: number, random: Random,
): Plate[] {
  const assigned = assignSchools(vehicles, schools, places);
  const served = new Map<string, number>();
  return vehicles.map((v, i) => {
    const r = random.fork(v.id);
    const school = assigned.get(v.id) as PlateSchool;
    const k = served.get(school.id) ?? 0;
    served.set(school.id, k + 1);
    const stops = stopsOf(v, school, k, places);
    const term = oneYearFrom(currentTermStart(demo, plan.plateExpiringSoon.includes(v.id) ? 'expiringSoon' : 'current', r));
    const suspended = plan.plateSuspended.includes(v.id);
    const revoked = v.status === 'out_of_service';
    return {
      id: `PLATE${String(i + 1).padStart(3, '0')}`, countyId, plateNo: `遂校标〔${term.validFrom.slice(0, 4)}〕${String(i + 1).padStart(3, '0')}号`,
      vehicleId: v.id, driverId: driverOf.get(v.id) as string,
      route: stops.map((p) => p.nameZh.replace(/ 校门$/, '')).join('—'),
      operatingFrom: v.kind === 'boat' ? '13:00' : '12:30', operatingTo: '19:00', stops: stops.map((p) => p.id), issuingUnit: ISSUING_UNIT,
      ...term,
      status: revoked ? 'revoked' : suspended ? 'suspended' : 'active',
      statusReason: revoked ? '车辆停运检修, 标牌收回' : suspended ? '抽查发现超员载客, 暂停使用待复核' : '',
      issuedOn: addDays(term.validFrom, -r.int(1, 7)),
    };
  });
}
