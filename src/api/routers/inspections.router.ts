import { recordInspection } from '../../compliance/index.js';
import { findInspection, listItemsOfInspection } from '../../db/repositories/compliance-lookup.repository.js';
import { listInspections } from '../../db/repositories/compliance-records.repository.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { vehicleVisibility, visibleVehicle } from '../queries/visible-fleet.js';
import { IdParams } from '../schemas/common.schemas.js';
import {
  InspectionBody, InspectionDetail, InspectionList, InspectionQuery, RecordedInspectionOut, inspectionDetail, inspectionOut, recordedInspectionOut,
} from '../schemas/inspection.schemas.js';

/**
 * Inspections: read by coordinators, inspectors and the vehicle's operator; recorded by coordinators
 * and inspectors through `recordInspection` (which opens and closes rectifications).
 */
export const inspectionsRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/api/v1/inspections', operationId: 'listInspections', tag: 'compliance', access: ['coordinator', 'inspector', 'operator'],
    summary: 'Inspections, newest first, optionally of one vehicle (an operator token sees its own vehicles\').',
    query: InspectionQuery,
    success: { status: 200, description: 'the inspections', schema: InspectionList },
    handle: async ({ query }, ctx) => {
      const visible = await vehicleVisibility(ctx);
      const items = (await listInspections(ctx.db, ctx.countyId))
        .filter((i) => visible(i.vehicleId) && (query.vehicleId === undefined || i.vehicleId === query.vehicleId))
        .sort((a, b) => b.inspectedOn.localeCompare(a.inspectedOn) || a.id.localeCompare(b.id));
      return { items: items.map(inspectionOut) };
    },
  }),
  defineEndpoint({
    method: 'get', path: '/api/v1/inspections/{id}', operationId: 'getInspection', tag: 'compliance', access: ['coordinator', 'inspector', 'operator'],
    summary: 'One inspection with its checklist outcomes (404 for another operator\'s token).',
    params: IdParams,
    success: { status: 200, description: 'the inspection', schema: InspectionDetail },
    handle: async ({ params }, ctx) => {
      const found = await findInspection(ctx.db, params.id);
      const visible = await vehicleVisibility(ctx);
      const inspection = ctx.scope.ensureVisible(found, (i) => i.countyId === ctx.countyId && visible(i.vehicleId), `inspection ${params.id}`);
      return inspectionDetail(inspection, await listItemsOfInspection(ctx.db, inspection.id));
    },
  }),
  defineEndpoint({
    method: 'post', path: '/api/v1/inspections', operationId: 'recordInspection', tag: 'compliance', access: ['coordinator', 'inspector'],
    summary: 'Record an inspection: one outcome per active checklist item; failed items open rectifications, passed ones close them.',
    description: 'One transaction with its audit entries. A failed inspection lists the published runs from its date on that use the vehicle (`runsNeedingReplan`). Inspections of one vehicle must be recorded in date order (409 otherwise).',
    body: InspectionBody,
    success: { status: 201, description: 'what the inspection did', schema: RecordedInspectionOut },
    problems: ['conflict'],
    handle: async ({ body }, ctx) => {
      await visibleVehicle(ctx, body.vehicleId);
      const recorded = await recordInspection(ctx.db, ctx.scope.actor, body);
      ctx.setHeader('Location', `/api/v1/inspections/${encodeURIComponent(recorded.inspection.id)}`);
      return recordedInspectionOut(recorded);
    },
  }),
];
