import type { Kysely } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../../db/repositories/audit.repository.js';
import {
  closeRectificationRow, findInspection, findRectification, listItemsOfInspection, lockVehicle,
} from '../../db/repositories/compliance-lookup.repository.js';
import type { Database } from '../../db/tables/index.js';
import type { Rectification } from '../../domain/compliance-records.js';
import { EntityId } from '../../domain/entity-id.js';
import { Conflict, NotFound } from '../../domain/errors.js';
import { parseInput, requireActor } from './service-input.js';

const CloseInput = z.object({ rectificationId: EntityId, inspectionId: EntityId, note: z.string().optional() });
/** Which rectification, and the re-inspection that shows the item fixed. */
export type CloseRectificationInput = z.input<typeof CloseInput>;

/**
 * Closes an open rectification with a re-inspection of the same vehicle, later than the one that
 * ordered it, that passed and did not fail the item (an inspection imported without item results
 * counts when it passed as a whole). `recordInspection` already closes rectifications whose item it
 * passes; this is for re-inspections recorded otherwise. One transaction with its audit entry.
 */
export async function closeRectification(db: Kysely<Database>, actor: string, input: CloseRectificationInput): Promise<Rectification> {
  const who = requireActor(actor);
  const { rectificationId, inspectionId, note } = parseInput(CloseInput, input, 'rectification closure');
  return db.transaction().execute(async (tx) => {
    const before = await findRectification(tx, rectificationId);
    if (before === undefined) throw new NotFound(`compliance: rectification ${rectificationId} not found`);
    await lockVehicle(tx, before.vehicleId);
    const current = (await findRectification(tx, rectificationId)) ?? before;
    if (current.status !== 'open') throw new Conflict(`compliance: rectification ${rectificationId} is already closed`);
    const reinspection = await findInspection(tx, inspectionId);
    if (reinspection === undefined) throw new NotFound(`compliance: inspection ${inspectionId} not found`);
    const ordering = await findInspection(tx, current.inspectionId);
    const problems: string[] = [];
    if (reinspection.vehicleId !== current.vehicleId) problems.push('the inspection is of another vehicle');
    if (reinspection.id === current.inspectionId || (ordering !== undefined && reinspection.inspectedOn < ordering.inspectedOn)) problems.push('the inspection is not a later re-inspection');
    if (!reinspection.passed) problems.push('the re-inspection did not pass');
    const item = (await listItemsOfInspection(tx, inspectionId)).find((i) => i.itemCode === current.itemCode);
    if (item !== undefined && item.outcome !== 'pass') problems.push(`the re-inspection gave ${current.itemCode} "${item.outcome}"`);
    if (problems.length > 0) {
      throw new Conflict(`compliance: rectification ${rectificationId} cannot be closed by inspection ${inspectionId}`, problems.map((message) => ({ field: 'inspectionId', message })));
    }
    const after: Rectification = { ...current, status: 'closed', closedOn: reinspection.inspectedOn, closedByInspectionId: reinspection.id, note: note ?? current.note };
    await closeRectificationRow(tx, after);
    await appendAudit(tx, [{ countyId: current.countyId, actor: who, entity: 'rectification', entityId: current.id, action: 'close', before: current, after }]);
    return after;
  });
}
