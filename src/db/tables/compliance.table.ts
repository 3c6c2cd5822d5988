import type { Json } from './geography.table.js';

/** `checklist_item`: the county's inspection checklist, keyed by (county, code). */
export interface ChecklistItemTable {
  county_id: number;
  code: string;
  label_zh: string;
  label_en: string;
  applies_to: string;
  sort_order: number;
  active: boolean;
}

/** `inspection`. */
export interface InspectionTable {
  id: string;
  county_id: number;
  vehicle_id: string;
  inspected_on: string;
  inspector: string;
  passed: boolean;
  note: string;
}

/** `inspection_item`: one outcome per checklist item of an inspection. */
export interface InspectionItemTable {
  inspection_id: string;
  county_id: number;
  item_code: string;
  outcome: string;
  note: string;
}

/** `rectification`. */
export interface RectificationTable {
  id: string;
  county_id: number;
  vehicle_id: string;
  inspection_id: string;
  item_code: string;
  due_on: string;
  status: string;
  closed_on: string | null;
  closed_by_inspection_id: string | null;
  note: string;
}

/** `plate`: student-transport plates (校车标牌). */
export interface PlateTable {
  id: string;
  county_id: number;
  plate_no: string;
  vehicle_id: string;
  driver_id: string;
  route: string;
  operating_from: string;
  operating_to: string;
  stops: Json<string[]>;
  issuing_unit: string;
  valid_from: string;
  valid_to: string;
  status: string;
  status_reason: string;
  issued_on: string;
}

/** `insurance`. */
export interface InsuranceTable {
  id: string;
  county_id: number;
  vehicle_id: string;
  kind: string;
  insurer: string;
  policy_no: string;
  valid_from: string;
  valid_to: string;
}
