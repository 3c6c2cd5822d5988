import { z } from 'zod';
import type { RecordedInspection } from '../../compliance/index.js';
import { IsoDate } from '../../domain/calendar.js';
import {
  InspectionOutcome, type ChecklistItem, type Inspection, type InspectionItemResult, type Rectification,
} from '../../domain/compliance-records.js';
import { EntityId } from '../../domain/entity-id.js';
import { listOf } from './common.schemas.js';
import { ReplanRunOut, replanRunOut } from './compliance.schemas.js';

/** One line of the county's inspection checklist. */
export const ChecklistItemOut = z
  .object({
    code: EntityId, labelZh: z.string(), labelEn: z.string(), appliesTo: z.enum(['bus', 'boat', 'both']), sortOrder: z.number().int(),
    active: z.boolean().meta({ description: 'only active items are asked for when recording an inspection' }),
  })
  .meta({ id: 'ChecklistItem' });

/** An inspection as lists show it; `passed` when no item failed. */
export const InspectionOut = z
  .object({ id: EntityId, vehicleId: EntityId, inspectedOn: IsoDate, inspector: z.string(), passed: z.boolean(), note: z.string() })
  .meta({ id: 'Inspection' });

/** The outcome of one checklist item. */
export const InspectionItemOut = z.object({ itemCode: EntityId, outcome: InspectionOutcome, note: z.string() }).meta({ id: 'InspectionItem' });

/** An inspection with its item results (none for inspections imported from CSV). */
export const InspectionDetail = InspectionOut.extend({ items: z.array(InspectionItemOut) }).meta({ id: 'InspectionDetail' });

/** Work ordered after a failed item; closed by a later inspection that passes it. */
export const RectificationOut = z
  .object({
    id: EntityId, vehicleId: EntityId, inspectionId: EntityId, itemCode: EntityId, dueOn: IsoDate, status: z.enum(['open', 'closed']),
    closedOn: IsoDate.nullable(), closedByInspectionId: EntityId.nullable(), note: z.string(),
  })
  .meta({ id: 'Rectification' });

/** What recording an inspection did. */
export const RecordedInspectionOut = z
  .object({
    inspection: InspectionDetail,
    openedRectifications: z.array(RectificationOut),
    closedRectifications: z.array(RectificationOut),
    runsNeedingReplan: z.array(ReplanRunOut).meta({ description: 'published runs from the inspection date on that use the vehicle; empty when it passed' }),
  })
  .meta({ id: 'RecordedInspection' });

/** `{ items: ChecklistItem[] }`. */
export const ChecklistList = listOf(ChecklistItemOut, 'ChecklistList');
/** `{ items: Inspection[] }`. */
export const InspectionList = listOf(InspectionOut, 'InspectionList');
/** `{ items: Rectification[] }`. */
export const RectificationList = listOf(RectificationOut, 'RectificationList');

/** `POST /inspections`: one outcome for every active checklist item of the vehicle's kind. */
export const InspectionBody = z
  .strictObject({
    vehicleId: EntityId,
    inspectedOn: IsoDate,
    inspector: z.string().trim().min(1).max(100).meta({ description: 'who inspected (name or unit)' }),
    note: z.string().max(2000).optional(),
    items: z.array(z.strictObject({ itemCode: EntityId, outcome: InspectionOutcome, note: z.string().max(2000).optional() })).min(1).max(200),
  })
  .meta({ id: 'NewInspection' });

/** `POST /rectifications/{id}/close`: the later, passed re-inspection that shows the item fixed. */
export const CloseRectificationBody = z.strictObject({ inspectionId: EntityId, note: z.string().max(2000).optional() }).meta({ id: 'CloseRectification' });

/** `GET /inspections` filters. */
export const InspectionQuery = z.strictObject({ vehicleId: EntityId.optional().meta({ description: 'only inspections of this vehicle' }) });

/** `GET /rectifications` filters. */
export const RectificationQuery = z.strictObject({
  status: z.enum(['open', 'closed']).optional().meta({ description: 'only open or only closed ones' }),
  vehicleId: EntityId.optional().meta({ description: 'only rectifications of this vehicle' }),
});

/** Maps a checklist item to its API shape. */
export const checklistItemOut = (c: ChecklistItem): z.infer<typeof ChecklistItemOut> => ({
  code: c.code, labelZh: c.labelZh, labelEn: c.labelEn, appliesTo: c.appliesTo, sortOrder: c.sortOrder, active: c.active,
});
/** Maps an inspection to its API shape (without items). */
export const inspectionOut = (i: Inspection): z.infer<typeof InspectionOut> => ({
  id: i.id, vehicleId: i.vehicleId, inspectedOn: i.inspectedOn, inspector: i.inspector, passed: i.passed, note: i.note,
});
/** Maps an inspection and its item results to its API shape. */
export const inspectionDetail = (i: Inspection, items: readonly InspectionItemResult[]): z.infer<typeof InspectionDetail> => ({
  ...inspectionOut(i), items: items.map((r) => ({ itemCode: r.itemCode, outcome: r.outcome, note: r.note })),
});
/** Maps a rectification to its API shape. */
export const rectificationOut = (r: Rectification): z.infer<typeof RectificationOut> => ({
  id: r.id, vehicleId: r.vehicleId, inspectionId: r.inspectionId, itemCode: r.itemCode, dueOn: r.dueOn, status: r.status,
  closedOn: r.closedOn, closedByInspectionId: r.closedByInspectionId, note: r.note,
});
/** Maps what `recordInspection` did to its API shape. */
export const recordedInspectionOut = (r: RecordedInspection): z.infer<typeof RecordedInspectionOut> => ({
  inspection: inspectionDetail(r.inspection, r.items),
  openedRectifications: r.openedRectifications.map(rectificationOut),
  closedRectifications: r.closedRectifications.map(rectificationOut),
  runsNeedingReplan: r.runsNeedingReplan.map(replanRunOut),
});
