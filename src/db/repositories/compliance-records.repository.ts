import type { Selectable } from 'kysely';
import type {
  ChecklistItem, Inspection, InspectionItemResult, InspectionOutcome, Insurance, InsuranceKind, Plate, PlateStatus, Rectification,
} from '../../domain/compliance-records.js';
import type { ChecklistItemTable, InspectionItemTable, InspectionTable, InsuranceTable, PlateTable, RectificationTable } from '../tables/index.js';
import { upsertMany, type Executor } from './upsert-many.js';

const checklistToRow = (c: ChecklistItem): ChecklistItemTable => ({
  county_id: c.countyId, code: c.code, label_zh: c.labelZh, label_en: c.labelEn, applies_to: c.appliesTo, sort_order: c.sortOrder, active: c.active,
});
const rowToChecklist = (r: Selectable<ChecklistItemTable>): ChecklistItem => ({
  countyId: r.county_id, code: r.code, labelZh: r.label_zh, labelEn: r.label_en, appliesTo: r.applies_to as ChecklistItem['appliesTo'], sortOrder: r.sort_order, active: r.active,
});
export const upsertChecklist = (db: Executor, rows: readonly ChecklistItem[]): Promise<void> => upsertMany(db, 'checklist_item', rows.map(checklistToRow), ['county_id', 'code']);
export async function listChecklist(db: Executor, countyId: number): Promise<ChecklistItem[]> {
  return (await db.selectFrom('checklist_item').selectAll().where('county_id', '=', countyId).orderBy('sort_order').orderBy('code').execute()).map(rowToChecklist);
}

const inspectionToRow = (i: Inspection): InspectionTable => ({
  id: i.id, county_id: i.countyId, vehicle_id: i.vehicleId, inspected_on: i.inspectedOn, inspector: i.inspector, passed: i.passed, note: i.note,
});
/** Maps an inspection row to the domain. */
export const rowToInspection = (r: Selectable<InspectionTable>): Inspection => ({
  id: r.id, countyId: r.county_id, vehicleId: r.vehicle_id, inspectedOn: r.inspected_on, inspector: r.inspector, passed: r.passed, note: r.note,
});
export const upsertInspections = (db: Executor, rows: readonly Inspection[]): Promise<void> => upsertMany(db, 'inspection', rows.map(inspectionToRow), ['id']);
export async function listInspections(db: Executor, countyId: number): Promise<Inspection[]> {
  return (await db.selectFrom('inspection').selectAll().where('county_id', '=', countyId).orderBy('id').execute()).map(rowToInspection);
}

/** Inspection item results need the county of their inspection (for the checklist foreign key). */
export async function upsertInspectionItems(db: Executor, countyId: number, rows: readonly InspectionItemResult[]): Promise<void> {
  const toRow = (r: InspectionItemResult): InspectionItemTable => ({ inspection_id: r.inspectionId, county_id: countyId, item_code: r.itemCode, outcome: r.outcome, note: r.note });
  await upsertMany(db, 'inspection_item', rows.map(toRow), ['inspection_id', 'item_code']);
}
export async function listInspectionItems(db: Executor, countyId: number): Promise<InspectionItemResult[]> {
  const rows = await db.selectFrom('inspection_item').selectAll().where('county_id', '=', countyId).orderBy('inspection_id').orderBy('item_code').execute();
  return rows.map((r) => ({ inspectionId: r.inspection_id, itemCode: r.item_code, outcome: r.outcome as InspectionOutcome, note: r.note }));
}

const rectificationToRow = (r: Rectification): RectificationTable => ({
  id: r.id, county_id: r.countyId, vehicle_id: r.vehicleId, inspection_id: r.inspectionId, item_code: r.itemCode, due_on: r.dueOn, status: r.status,
  closed_on: r.closedOn, closed_by_inspection_id: r.closedByInspectionId, note: r.note,
});
/** Maps a rectification row to the domain. */
export const rowToRectification = (r: Selectable<RectificationTable>): Rectification => ({
  id: r.id, countyId: r.county_id, vehicleId: r.vehicle_id, inspectionId: r.inspection_id, itemCode: r.item_code, dueOn: r.due_on,
  status: r.status as Rectification['status'], closedOn: r.closed_on, closedByInspectionId: r.closed_by_inspection_id, note: r.note,
});
export const upsertRectifications = (db: Executor, rows: readonly Rectification[]): Promise<void> => upsertMany(db, 'rectification', rows.map(rectificationToRow), ['id']);
export async function listRectifications(db: Executor, countyId: number): Promise<Rectification[]> {
  return (await db.selectFrom('rectification').selectAll().where('county_id', '=', countyId).orderBy('id').execute()).map(rowToRectification);
}

const insuranceToRow = (i: Insurance): InsuranceTable => ({
  id: i.id, county_id: i.countyId, vehicle_id: i.vehicleId, kind: i.kind, insurer: i.insurer, policy_no: i.policyNo, valid_from: i.validFrom, valid_to: i.validTo,
});
/** Maps an insurance row to the domain. */
export const rowToInsurance = (r: Selectable<InsuranceTable>): Insurance => ({
  id: r.id, countyId: r.county_id, vehicleId: r.vehicle_id, kind: r.kind as InsuranceKind, insurer: r.insurer, policyNo: r.policy_no, validFrom: r.valid_from, validTo: r.valid_to,
});
export const upsertInsurance = (db: Executor, rows: readonly Insurance[]): Promise<void> => upsertMany(db, 'insurance', rows.map(insuranceToRow), ['id']);
export async function listInsurance(db: Executor, countyId: number): Promise<Insurance[]> {
  return (await db.selectFrom('insurance').selectAll().where('county_id', '=', countyId).orderBy('id').execute()).map(rowToInsurance);
}

const hhmm = (time: string): string => time.slice(0, 5);
const plateToRow = (p: Plate) => ({
  id: p.id, county_id: p.countyId, plate_no: p.plateNo, vehicle_id: p.vehicleId, driver_id: p.driverId, route: p.route, operating_from: p.operatingFrom,
  operating_to: p.operatingTo, stops: JSON.stringify(p.stops), issuing_unit: p.issuingUnit, valid_from: p.validFrom, valid_to: p.validTo,
  status: p.status, status_reason: p.statusReason, issued_on: p.issuedOn,
});
/** Maps a plate row to the domain. */
export const rowToPlate = (r: Selectable<PlateTable>): Plate => ({
  id: r.id, countyId: r.county_id, plateNo: r.plate_no, vehicleId: r.vehicle_id, driverId: r.driver_id, route: r.route,
  operatingFrom: hhmm(r.operating_from), operatingTo: hhmm(r.operating_to), stops: r.stops, issuingUnit: r.issuing_unit,
  validFrom: r.valid_from, validTo: r.valid_to, status: r.status as PlateStatus, statusReason: r.status_reason, issuedOn: r.issued_on,
});
export const upsertPlates = (db: Executor, rows: readonly Plate[]): Promise<void> => upsertMany(db, 'plate', rows.map(plateToRow), ['id']);
export async function listPlates(db: Executor, countyId: number): Promise<Plate[]> {
  return (await db.selectFrom('plate').selectAll().where('county_id', '=', countyId).orderBy('id').execute()).map(rowToPlate);
}
