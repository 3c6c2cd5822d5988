import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { appendAudit, type AuditChange } from '../../db/repositories/audit.repository.js';
import { upsertInspectionItems, upsertInspections, upsertRectifications } from '../../db/repositories/compliance-records.repository.js';
import {
  closeRectificationRow, latestInspectionDate, listActiveChecklistFor, listOpenRectifications, lockVehicle,
} from '../../db/repositories/compliance-lookup.repository.js';
import type { Database } from '../../db/tables/index.js';
import { addDays, IsoDate } from '../../domain/calendar.js';
import type { ChecklistItem, Inspection, InspectionItemResult, Rectification } from '../../domain/compliance-records.js';
import { InspectionOutcome } from '../../domain/compliance-records.js';
import { EntityId } from '../../domain/entity-id.js';
import { Conflict, InvalidInput, NotFound, type ErrorDetail } from '../../domain/errors.js';
import type { Vehicle } from '../../domain/fleet.js';
import { listRunsNeedingReplan, type ReplanRun } from './runs-needing-replan.js';
import { newId, parseInput, requireActor } from './service-input.js';

const InspectionInput = z.object({
  vehicleId: EntityId,
  inspectedOn: IsoDate,
  inspector: z.string().trim().min(1),
  note: z.string().default(''),
  items: z.array(z.object({ itemCode: EntityId, outcome: InspectionOutcome, note: z.string().default('') })).min(1),
});
/** An inspection as the inspector records it: one outcome for every active checklist item. */
export type InspectionInput = z.input<typeof InspectionInput>;

/** How rectifications are ordered. */
export interface InspectionPolicy {
  /** Days from the inspection to a rectification's due date; default 15. */
  readonly rectificationDueDays?: number;
}

/** Default days allowed to rectify a failed item. */
export const DEFAULT_RECTIFICATION_DUE_DAYS = 15;

/** What recording an inspection did. */
export interface RecordedInspection {
  readonly inspection: Inspection;
  readonly items: readonly InspectionItemResult[];
  readonly openedRectifications: readonly Rectification[];
  readonly closedRectifications: readonly Rectification[];
  /** Runs of published schedules from the inspection date on that use the vehicle; empty when it passed. */
  readonly runsNeedingReplan: readonly ReplanRun[];
}

/** Every complaint about the items against the active checklist for the vehicle's kind. */
function checkItems(items: readonly { itemCode: string }[], checklist: readonly ChecklistItem[], vehicle: Vehicle): ErrorDetail[] {
  const active = new Set(checklist.map((c) => c.code));
  const seen = new Set<string>();
  const errors: ErrorDetail[] = [];
  items.forEach((item, i) => {
    if (!active.has(item.itemCode)) errors.push({ field: `items.${i}.itemCode`, message: `${item.itemCode} is not an active checklist item for a ${vehicle.kind}` });
    if (seen.has(item.itemCode)) errors.push({ field: `items.${i}.itemCode`, message: `${item.itemCode} appears twice` });
    seen.add(item.itemCode);
  });
  for (const c of checklist) if (!seen.has(c.code)) errors.push({ field: 'items', message: `missing an outcome for ${c.code} (${c.labelEn})` });
  return errors;
}

/** Opens a rectification for each failed item without one, closes open ones whose item now passes. */
function rectificationChanges(inspection: Inspection, items: readonly InspectionItemResult[], open: readonly Rectification[], dueDays: number) {
  const opened: Rectification[] = [];
  const closed: Rectification[] = [];
  for (const item of items) {
    const existing = open.filter((r) => r.itemCode === item.itemCode);
    if (item.outcome === 'pass') {
      for (const r of existing) closed.push({ ...r, status: 'closed', closedOn: inspection.inspectedOn, closedByInspectionId: inspection.id });
    } else if (item.outcome === 'fail' && existing.length === 0) {
      opened.push({
        id: newId('rect'), countyId: inspection.countyId, vehicleId: inspection.vehicleId, inspectionId: inspection.id, itemCode: item.itemCode,
        dueOn: addDays(inspection.inspectedOn, dueDays), status: 'open', closedOn: null, closedByInspectionId: null, note: item.note,
      });
    }
  }
  return { opened, closed };
}

async function record(tx: Transaction<Database>, actor: string, input: z.output<typeof InspectionInput>, dueDays: number): Promise<RecordedInspection> {
  const vehicle = await lockVehicle(tx, input.vehicleId);
  if (vehicle === undefined) throw new NotFound(`compliance: vehicle ${input.vehicleId} not found`);
  const errors = checkItems(input.items, await listActiveChecklistFor(tx, vehicle.countyId, vehicle.kind), vehicle);
  if (errors.length > 0) throw new InvalidInput('compliance: the inspection items do not match the checklist', errors);
  const latest = await latestInspectionDate(tx, vehicle.id);
  if (latest !== undefined && latest > input.inspectedOn) {
    throw new Conflict(`compliance: vehicle ${vehicle.id} has a later inspection (${latest}); record inspections in date order`);
  }
  const inspection: Inspection = {
    id: newId('insp'), countyId: vehicle.countyId, vehicleId: vehicle.id, inspectedOn: input.inspectedOn, inspector: input.inspector,
    passed: input.items.every((i) => i.outcome !== 'fail'), note: input.note,
  };
  const items = input.items.map((i) => ({ inspectionId: inspection.id, itemCode: i.itemCode, outcome: i.outcome, note: i.note }));
  const { opened, closed } = rectificationChanges(inspection, items, await listOpenRectifications(tx, vehicle.id), dueDays);
  await upsertInspections(tx, [inspection]);
  await upsertInspectionItems(tx, vehicle.countyId, items);
  await upsertRectifications(tx, opened);
  for (const r of closed) await closeRectificationRow(tx, r);
  const base = { countyId: vehicle.countyId, actor };
  const audit: AuditChange[] = [
    { ...base, entity: 'inspection', entityId: inspection.id, action: 'create', before: null, after: { ...inspection, items } },
    ...opened.map((r): AuditChange => ({ ...base, entity: 'rectification', entityId: r.id, action: 'create', before: null, after: r })),
    ...closed.map((r): AuditChange => ({ ...base, entity: 'rectification', entityId: r.id, action: 'close', before: { ...r, status: 'open', closedOn: null, closedByInspectionId: null }, after: r })),
  ];
  await appendAudit(tx, audit);
  const runsNeedingReplan = inspection.passed ? [] : await listRunsNeedingReplan(tx, vehicle.id, inspection.inspectedOn);
  return { inspection, items, openedRectifications: opened, closedRectifications: closed, runsNeedingReplan };
}

/**
 * Records an inspection with its checklist outcomes, in one transaction with its audit entries. Every
 * active checklist item for the vehicle's kind needs an outcome. A failed item opens a rectification
 * due `rectificationDueDays` later (unless one is already open for it); a passed item closes the open
 * ones. When the inspection failed, returns the published runs that now need re-planning.
 */
export async function recordInspection(db: Kysely<Database>, actor: string, input: InspectionInput, policy: InspectionPolicy = {}): Promise<RecordedInspection> {
  const who = requireActor(actor);
  const parsed = parseInput(InspectionInput, input, 'inspection');
  const dueDays = policy.rectificationDueDays ?? DEFAULT_RECTIFICATION_DUE_DAYS;
  if (!Number.isInteger(dueDays) || dueDays < 0) throw new InvalidInput('compliance: rectificationDueDays must be a whole number >= 0', [{ field: 'rectificationDueDays', message: 'must be >= 0' }]);
  return db.transaction().execute((tx) => record(tx, who, parsed, dueDays));
}
