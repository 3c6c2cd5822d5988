import type { Kysely } from 'kysely';
import type { Dataset } from '../dataset/dataset.js';
import { readDataset } from '../dataset/dataset-files.js';
import * as compliance from './repositories/compliance-records.repository.js';
import * as fleet from './repositories/fleet.repository.js';
import * as geography from './repositories/geography.repository.js';
import * as schools from './repositories/school.repository.js';
import type { Database } from './tables/index.js';

/** How many rows of each kind an import wrote. */
export type ImportCounts = Readonly<Record<string, number>>;

/**
 * Writes a validated dataset into the database in one transaction: every row is inserted or, when its
 * id exists, updated; an error anywhere rolls everything back. Rows deleted from the files are not
 * deleted from the database (schedules may still refer to them).
 */
export async function importDataset(db: Kysely<Database>, d: Dataset, actor = 'dataset-import'): Promise<ImportCounts> {
  const countyId = d.manifest.county.id;
  await db.transaction().execute(async (tx) => {
    await geography.upsertCounty(tx, d.manifest.county, d.boundary, d.manifest.demoFriday);
    await geography.upsertTownships(tx, d.townships);
    await geography.upsertPlaces(tx, d.places);
    await geography.upsertRoads(tx, d.roads);
    await geography.upsertWaterways(tx, d.waterways);
    await schools.upsertSchools(tx, d.schools);
    await schools.upsertSchoolWindows(tx, d.schoolWindows);
    await schools.upsertStudents(tx, d.students);
    await fleet.upsertOperators(tx, d.operators);
    await fleet.upsertVehicles(tx, d.vehicles);
    await fleet.upsertDrivers(tx, d.drivers);
    await compliance.upsertChecklist(tx, d.checklist);
    await compliance.upsertInspections(tx, d.inspections);
    await compliance.upsertInspectionItems(tx, countyId, d.inspectionItems);
    await compliance.upsertRectifications(tx, d.rectifications);
    await compliance.upsertInsurance(tx, d.insurance);
    await compliance.upsertPlates(tx, d.plates);
    const counts = countsOf(d);
    await tx
      .insertInto('audit_log')
      .values({ county_id: countyId, actor, entity: 'dataset', entity_id: String(countyId), action: 'import', before: null, after: JSON.stringify(counts) })
      .execute();
  });
  return countsOf(d);
}

function countsOf(d: Dataset): ImportCounts {
  return {
    townships: d.townships.length, places: d.places.length, roads: d.roads.length, waterways: d.waterways.length,
    schools: d.schools.length, schoolWindows: d.schoolWindows.length, students: d.students.length, operators: d.operators.length,
    vehicles: d.vehicles.length, drivers: d.drivers.length, checklist: d.checklist.length, inspections: d.inspections.length,
    inspectionItems: d.inspectionItems.length, rectifications: d.rectifications.length, insurance: d.insurance.length, plates: d.plates.length,
  };
}

/** Reads a dataset folder (rejecting it whole on any problem, before any write) and imports it. */
export async function importDatasetDir(db: Kysely<Database>, dir: string, actor?: string): Promise<ImportCounts> {
  return importDataset(db, await readDataset(dir), actor);
}
