import type { Dataset } from '../dataset/dataset.js';
import { NotFound } from '../domain/errors.js';
import * as compliance from './repositories/compliance-records.repository.js';
import * as fleet from './repositories/fleet.repository.js';
import * as geography from './repositories/geography.repository.js';
import * as schools from './repositories/school.repository.js';
import type { Executor } from './repositories/upsert-many.js';

/** Everything stored for one county, in the same shape as its dataset files (minus the manifest). */
export type CountyRecords = Omit<Dataset, 'manifest' | 'boundary'>;

/** Loads every record of a county: what the scheduler and the compliance rules work from. */
export async function loadCountyRecords(db: Executor, countyId: number): Promise<CountyRecords> {
  const county = await geography.findCounty(db, countyId);
  if (county === undefined) throw new NotFound(`county ${countyId} is not loaded`);
  const [townships, places, roads, waterways, schoolRows, schoolWindows, students] = await Promise.all([
    geography.listTownships(db, countyId), geography.listPlaces(db, countyId), geography.listRoads(db, countyId),
    geography.listWaterways(db, countyId), schools.listSchools(db, countyId), schools.listSchoolWindows(db, countyId),
    schools.listStudents(db, countyId),
  ]);
  const [operators, vehicles, drivers, checklist, inspections, inspectionItems, rectifications, insurance, plates] = await Promise.all([
    fleet.listOperators(db, countyId), fleet.listVehicles(db, countyId), fleet.listDrivers(db, countyId),
    compliance.listChecklist(db, countyId), compliance.listInspections(db, countyId), compliance.listInspectionItems(db, countyId),
    compliance.listRectifications(db, countyId), compliance.listInsurance(db, countyId), compliance.listPlates(db, countyId),
  ]);
  return {
    townships, places, roads, waterways, schools: schoolRows, schoolWindows, students, operators, vehicles, drivers,
    checklist, inspections, inspectionItems, rectifications, insurance, plates,
  };
}
