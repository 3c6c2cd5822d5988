import type { ChecklistItem, Inspection, InspectionItemResult, Insurance, Plate, Rectification } from '../../domain/compliance-records.js';
import type { Driver, Vehicle, VehicleKind } from '../../domain/fleet.js';
import { rowToInspection, rowToInsurance, rowToPlate, rowToRectification } from './compliance-records.repository.js';
import { rowToDriver, rowToVehicle } from './fleet.repository.js';
import type { Executor } from './upsert-many.js';

/**
 * Reads one vehicle and locks its row until the transaction ends, so two changes to the same vehicle's
 * compliance records (two inspections, an inspection and a plate) run one after the other.
 */
export async function lockVehicle(db: Executor, vehicleId: string): Promise<Vehicle | undefined> {
  const row = await db.selectFrom('vehicle').selectAll().where('id', '=', vehicleId).forUpdate().executeTakeFirst();
  return row === undefined ? undefined : rowToVehicle(row);
}

/** One driver by id (locked for update when inside a transaction). */
export async function findDriver(db: Executor, driverId: string, lock = false): Promise<Driver | undefined> {
  const query = db.selectFrom('driver').selectAll().where('id', '=', driverId);
  const row = await (lock ? query.forUpdate() : query).executeTakeFirst();
  return row === undefined ? undefined : rowToDriver(row);
}

/** One plate by id. */
export async function findPlate(db: Executor, plateId: string): Promise<Plate | undefined> {
  const row = await db.selectFrom('plate').selectAll().where('id', '=', plateId).executeTakeFirst();
  return row === undefined ? undefined : rowToPlate(row);
}

/** One rectification by id. */
export async function findRectification(db: Executor, id: string): Promise<Rectification | undefined> {
  const row = await db.selectFrom('rectification').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : rowToRectification(row);
}

/** One inspection by id. */
export async function findInspection(db: Executor, id: string): Promise<Inspection | undefined> {
  const row = await db.selectFrom('inspection').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : rowToInspection(row);
}

/** One insurance policy by id. */
export async function findInsurance(db: Executor, id: string): Promise<Insurance | undefined> {
  const row = await db.selectFrom('insurance').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : rowToInsurance(row);
}

/** The item results of one inspection. */
export async function listItemsOfInspection(db: Executor, inspectionId: string): Promise<InspectionItemResult[]> {
  const rows = await db.selectFrom('inspection_item').selectAll().where('inspection_id', '=', inspectionId).orderBy('item_code').execute();
  return rows.map((r) => ({ inspectionId: r.inspection_id, itemCode: r.item_code, outcome: r.outcome as InspectionItemResult['outcome'], note: r.note }));
}

/** The date of a vehicle's latest inspection, if any. */
export async function latestInspectionDate(db: Executor, vehicleId: string): Promise<string | undefined> {
  const row = await db.selectFrom('inspection').select('inspected_on').where('vehicle_id', '=', vehicleId).orderBy('inspected_on', 'desc').limit(1).executeTakeFirst();
  return row?.inspected_on;
}

/** The open rectifications of a vehicle. */
export async function listOpenRectifications(db: Executor, vehicleId: string): Promise<Rectification[]> {
  const rows = await db.selectFrom('rectification').selectAll().where('vehicle_id', '=', vehicleId).where('status', '=', 'open').orderBy('id').execute();
  return rows.map(rowToRectification);
}

/** The county's active checklist items that apply to a vehicle kind, in checklist order. */
export async function listActiveChecklistFor(db: Executor, countyId: number, kind: VehicleKind): Promise<ChecklistItem[]> {
  const rows = await db.selectFrom('checklist_item').selectAll().where('county_id', '=', countyId).where('active', '=', true)
    .where('applies_to', 'in', [kind, 'both']).orderBy('sort_order').orderBy('code').execute();
  return rows.map((r) => ({
    countyId: r.county_id, code: r.code, labelZh: r.label_zh, labelEn: r.label_en, appliesTo: r.applies_to as ChecklistItem['appliesTo'],
    sortOrder: r.sort_order, active: r.active,
  }));
}

/** Which of the given place ids exist in the county. */
export async function existingPlaceIds(db: Executor, countyId: number, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('place').select('id').where('county_id', '=', countyId).where('id', 'in', [...ids]).execute();
  return new Set(rows.map((r) => r.id));
}

/** Update of a plate's mutable columns (status, reason, validity). */
export async function updatePlate(db: Executor, plate: Plate): Promise<void> {
  await db.updateTable('plate')
    .set({ status: plate.status, status_reason: plate.statusReason, valid_from: plate.validFrom, valid_to: plate.validTo, driver_id: plate.driverId })
    .where('id', '=', plate.id)
    .execute();
}

/** Marks a rectification closed by an inspection. */
export async function closeRectificationRow(db: Executor, r: Rectification): Promise<void> {
  await db.updateTable('rectification')
    .set({ status: r.status, closed_on: r.closedOn, closed_by_inspection_id: r.closedByInspectionId, note: r.note })
    .where('id', '=', r.id)
    .execute();
}

/** Whether an operator exists in a county. */
export async function operatorExists(db: Executor, countyId: number, operatorId: string): Promise<boolean> {
  const row = await db.selectFrom('operator').select('id').where('id', '=', operatorId).where('county_id', '=', countyId).executeTakeFirst();
  return row !== undefined;
}

/** Which counties exist among the given ids. */
export async function existingCountyIds(db: Executor, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('county').select('id').where('id', 'in', [...ids]).execute();
  return new Set(rows.map((r) => r.id));
}
