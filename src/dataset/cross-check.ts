import type { ErrorDetail } from '../domain/errors.js';
import type { Dataset } from './dataset.js';

type Rows = readonly object[];

/** Reports ids that appear twice in one file. */
function uniqueIds(file: string, rows: Rows, key: string, errors: ErrorDetail[]): Set<string> {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const id = String((row as Record<string, unknown>)[key]);
    if (seen.has(id)) errors.push({ file, row: i + 1, field: key, message: `duplicate ${key} "${id}"` });
    seen.add(id);
  });
  return seen;
}

/** Reports references that point at nothing. */
function references(file: string, rows: Rows, field: string, column: string, target: Set<string>, what: string, errors: ErrorDetail[]): void {
  rows.forEach((row, i) => {
    const value = (row as Record<string, unknown>)[field];
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (v === null || v === undefined) continue;
      if (!target.has(String(v))) errors.push({ file, row: i + 1, field: column, message: `unknown ${what} "${String(v)}"` });
    }
  });
}

/**
 * Cross-file checks: unique ids, every reference resolves, every row belongs to the manifest's county.
 * Returns every problem found; an empty list means the dataset is consistent.
 */
export function crossCheck(d: Dataset): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  const townships = uniqueIds('townships.csv', d.townships, 'id', errors);
  const places = uniqueIds('places.csv', d.places, 'id', errors);
  uniqueIds('roads.geojson', d.roads, 'id', errors);
  uniqueIds('waterways.geojson', d.waterways, 'id', errors);
  const schools = uniqueIds('schools.csv', d.schools, 'id', errors);
  uniqueIds('students.csv', d.students, 'id', errors);
  const operators = uniqueIds('operators.csv', d.operators, 'id', errors);
  const vehicles = uniqueIds('vehicles.csv', d.vehicles, 'id', errors);
  uniqueIds('vehicles.csv', d.vehicles, 'registrationNo', errors);
  const drivers = uniqueIds('drivers.csv', d.drivers, 'id', errors);
  const items = uniqueIds('checklist.csv', d.checklist, 'code', errors);
  const inspections = uniqueIds('inspections.csv', d.inspections, 'id', errors);
  uniqueIds('rectifications.csv', d.rectifications, 'id', errors);
  uniqueIds('insurance.csv', d.insurance, 'id', errors);
  uniqueIds('plates.csv', d.plates, 'id', errors);

  const waterPlaces = new Set(d.places.filter((p) => p.access !== 'road').map((p) => p.id));
  const gates = new Set(d.places.filter((p) => p.kind === 'school_gate').map((p) => p.id));
  references('places.csv', d.places, 'townshipId', 'township_id', townships, 'township', errors);
  references('waterways.geojson', d.waterways, 'fromPlaceId', 'properties.from_place_id', waterPlaces, 'place reachable by water', errors);
  references('waterways.geojson', d.waterways, 'toPlaceId', 'properties.to_place_id', waterPlaces, 'place reachable by water', errors);
  references('schools.csv', d.schools, 'townshipId', 'township_id', townships, 'township', errors);
  references('schools.csv', d.schools, 'gatePlaceId', 'gate_place_id', gates, 'school gate place', errors);
  references('school-windows.csv', d.schoolWindows, 'schoolId', 'school_id', schools, 'school', errors);
  references('students.csv', d.students, 'schoolId', 'school_id', schools, 'school', errors);
  references('students.csv', d.students, 'homePlaceId', 'home_place_id', places, 'place', errors);
  references('vehicles.csv', d.vehicles, 'operatorId', 'operator_id', operators, 'operator', errors);
  references('vehicles.csv', d.vehicles, 'homeDepotPlaceId', 'home_depot_place_id', places, 'place', errors);
  references('drivers.csv', d.drivers, 'operatorId', 'operator_id', operators, 'operator', errors);
  references('inspections.csv', d.inspections, 'vehicleId', 'vehicle_id', vehicles, 'vehicle', errors);
  references('inspection-items.csv', d.inspectionItems, 'inspectionId', 'inspection_id', inspections, 'inspection', errors);
  references('inspection-items.csv', d.inspectionItems, 'itemCode', 'item_code', items, 'checklist item', errors);
  references('rectifications.csv', d.rectifications, 'vehicleId', 'vehicle_id', vehicles, 'vehicle', errors);
  references('rectifications.csv', d.rectifications, 'inspectionId', 'inspection_id', inspections, 'inspection', errors);
  references('rectifications.csv', d.rectifications, 'itemCode', 'item_code', items, 'checklist item', errors);
  references('rectifications.csv', d.rectifications, 'closedByInspectionId', 'closed_by_inspection_id', inspections, 'inspection', errors);
  references('insurance.csv', d.insurance, 'vehicleId', 'vehicle_id', vehicles, 'vehicle', errors);
  references('plates.csv', d.plates, 'vehicleId', 'vehicle_id', vehicles, 'vehicle', errors);
  references('plates.csv', d.plates, 'driverId', 'driver_id', drivers, 'driver', errors);
  references('plates.csv', d.plates, 'stops', 'stops', places, 'place', errors);

  const county = d.manifest.county.id;
  const owned: Array<[string, Rows]> = [
    ['townships.csv', d.townships], ['places.csv', d.places], ['roads.geojson', d.roads], ['waterways.geojson', d.waterways],
    ['schools.csv', d.schools], ['school-windows.csv', d.schoolWindows], ['students.csv', d.students], ['operators.csv', d.operators],
    ['vehicles.csv', d.vehicles], ['drivers.csv', d.drivers], ['checklist.csv', d.checklist], ['inspections.csv', d.inspections],
    ['rectifications.csv', d.rectifications], ['insurance.csv', d.insurance], ['plates.csv', d.plates],
  ];
  for (const [file, rows] of owned) {
    rows.forEach((row, i) => {
      const c = (row as { countyId?: number }).countyId;
      if (c !== county) errors.push({ file, row: i + 1, field: 'county_id', message: `must be ${county} (the county of dataset.json), got ${String(c)}` });
    });
  }
  return errors;
}
