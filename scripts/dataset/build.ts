import type { IsoDate } from '../../src/domain/calendar.js';
import { SUICHANG_COUNTY_ID } from '../../src/domain/county.js';
import type { Position } from '../../src/domain/geo.js';
import type { Place } from '../../src/domain/place.js';
import type { School } from '../../src/domain/school.js';
import type { Student } from '../../src/domain/student.js';
import type { Dataset } from '../../src/dataset/dataset.js';
import { checklist } from './checklist.js';
import { applyDriverProblems, drawCompliancePlan, type CompliancePlan } from './compliance-plan.js';
import { buildCountyNetwork } from './county-network.js';
import { buildFleet } from './fleet.js';
import { assignCalibratedHazards } from './hazards.js';
import { buildInspectionHistory } from './inspections.js';
import { buildInsurance } from './insurance.js';
import { buildPlates, type PlateSchool } from './plates.js';
import { Random } from './random.js';
import { readReferenceFacts } from './reference-facts.js';
import { RESERVOIR_ARMS, reservoirSurface } from './reservoir.js';
import { checkSchoolTotals, SCHOOL_SPECS } from './school-specs.js';
import { buildSchoolWindows } from './school-windows.js';
import { addServicePlaces, gatePlaceId } from './service-places.js';
import { generateStudents, type HomeVillage } from './students.js';
import { seatVillageCode } from './village-placement.js';

/** The seed of the committed dataset (the demo Friday, as a number). */
export const DEFAULT_SEED = 20261204;
/** The demonstration weekend's Friday: compliance states are seeded around it. */
export const DEMO_FRIDAY: IsoDate = '2026-12-04';

/** What the builder makes: the dataset, the map-only water surface, and the plan of non-compliant vehicles. */
export interface BuiltDataset {
  readonly dataset: Dataset;
  readonly waterAreas: { type: 'MultiPolygon'; coordinates: Position[][][] };
  readonly plan: CompliancePlan;
}

function homeVillages(places: readonly Place[], facts: ReturnType<typeof readReferenceFacts>): HomeVillage[] {
  const seatCodes = new Set(facts.townships.map((t) => seatVillageCode(t, facts.villages)));
  const urCode = new Map(facts.villages.map((v) => [v.code, v.urCode]));
  return places
    .filter((p) => p.kind === 'village_stop' && p.villageCode !== null)
    .map((place) => {
      const ur = urCode.get(place.villageCode as string) ?? '220';
      return { place, urCode: ur, nearSeat: ur.startsWith('1') || seatCodes.has(place.villageCode as string) };
    });
}

type FleetRows = Pick<Dataset, 'operators' | 'vehicles' | 'drivers' | 'checklist' | 'inspections' | 'inspectionItems' | 'rectifications' | 'insurance' | 'plates'>;

/** The fleet and its compliance records around the demo Friday, with the plan of who is out of order. */
function fleetRecords(students: readonly Student[], placeById: ReadonlyMap<string, Place>, countyId: number, random: Random): { rows: FleetRows; plan: CompliancePlan } {
  const fleet = buildFleet(DEMO_FRIDAY, countyId, random.fork('fleet'));
  const plan = drawCompliancePlan(fleet.vehicles, random.fork('plan'));
  const onPlates = new Set(fleet.driverOf.values());
  const spares = fleet.drivers.filter((d) => !onPlates.has(d.id) && d.licenceClass !== 'boat_master').map((d) => d.id);
  applyDriverProblems(fleet.drivers, fleet.driverOf, plan, spares, DEMO_FRIDAY);
  const history = buildInspectionHistory(fleet.vehicles, plan, DEMO_FRIDAY, countyId, random.fork('inspections'));
  const plateSchools: PlateSchool[] = SCHOOL_SPECS.filter((s) => s.runsShuttle).map((s) => {
    const riderIds = [...new Set(students.filter((st) => st.schoolId === s.id && st.currentlyRides).map((st) => st.homePlaceId))].sort();
    return { id: s.id, nameZh: s.nameZh, gate: placeById.get(gatePlaceId(s.id)) as Place, riderPlaces: riderIds.map((id) => placeById.get(id) as Place) };
  });
  const rows: FleetRows = {
    operators: fleet.operators,
    vehicles: fleet.vehicles,
    drivers: fleet.drivers,
    checklist: checklist(countyId),
    inspections: history.inspections,
    inspectionItems: history.items,
    rectifications: history.rectifications,
    insurance: buildInsurance(fleet.vehicles, plan, DEMO_FRIDAY, countyId, random.fork('insurance')),
    plates: buildPlates(fleet.vehicles, fleet.driverOf, plateSchools, placeById, plan, DEMO_FRIDAY, countyId, random.fork('plates')),
  };
  return { rows, plan };
}

/**
 * Builds the whole Suichang dataset in memory from the reference facts in `referenceDir` and a seed.
 * Pure: the same facts and seed give the same dataset, value for value.
 */
export function buildSuichangDataset(referenceDir: string, seed: number = DEFAULT_SEED): BuiltDataset {
  const countyId = SUICHANG_COUNTY_ID;
  const facts = readReferenceFacts(referenceDir);
  const random = new Random(seed);
  checkSchoolTotals(SCHOOL_SPECS);

  const net = buildCountyNetwork(facts, random.fork('network'), countyId);
  const servicePlaces = addServicePlaces(net.builder, net.plane, facts.boundaryRing, countyId, random.fork('service'), SCHOOL_SPECS);
  const roads = assignCalibratedHazards(net.builder.segments, net.builder.traits, RESERVOIR_ARMS.map((a) => a.centreLine), random.fork('hazards'));
  const places = [...net.villagePlaces, ...servicePlaces];
  const placeById = new Map(places.map((p) => [p.id, p]));

  const schools: School[] = SCHOOL_SPECS.map((s) => ({
    id: s.id, countyId, nameZh: s.nameZh, level: s.level, townshipId: s.townshipCode, gatePlaceId: gatePlaceId(s.id),
    boarders: s.boarders, runsShuttle: s.runsShuttle, nameSource: s.nameSource,
  }));
  const gates = new Map(SCHOOL_SPECS.map((s) => {
    const g = placeById.get(gatePlaceId(s.id)) as Place;
    return [s.id, [g.lon, g.lat] as Position];
  }));
  const students = generateStudents(SCHOOL_SPECS, homeVillages(places, facts), gates, countyId, random.fork('students'));

  const records = fleetRecords(students, placeById, countyId, random);

  const dataset: Dataset = {
    manifest: {
      county: { id: countyId, nameZh: '遂昌县', nameEn: 'Suichang County', timeZone: 'Asia/Shanghai' },
      demoFriday: DEMO_FRIDAY, seed, generatedBy: 'scripts/build-dataset.ts',
    },
    boundary: facts.boundary,
    townships: facts.townships.map((t) => ({ id: t.code, countyId, nameZh: t.nameZh, namePinyin: t.namePinyin, lon: t.seat[0], lat: t.seat[1] })),
    places,
    roads,
    waterways: [...net.waterways],
    schools,
    schoolWindows: buildSchoolWindows(SCHOOL_SPECS, countyId, random.fork('windows')),
    students,
    ...records.rows,
  };
  return { dataset, waterAreas: reservoirSurface(net.plane), plan: records.plan };
}
