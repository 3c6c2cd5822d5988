import { closeRectification } from '../../compliance/index.js';
import { findInspection, findRectification } from '../../db/repositories/compliance-lookup.repository.js';
import { listRectifications } from '../../db/repositories/compliance-records.repository.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { vehicleVisibility } from '../queries/visible-fleet.js';
import { IdParams } from '../schemas/common.schemas.js';
import { CloseRectificationBody, RectificationList, RectificationOut, RectificationQuery, rectificationOut } from '../schemas/inspection.schemas.js';

/** Rectifications: read by coordinators, inspectors and the vehicle's operator; closed by coordinators and inspectors. */
export const rectificationsRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/api/v1/rectifications', operationId: 'listRectifications', tag: 'compliance', access: ['coordinator', 'inspector', 'operator'],
    summary: 'Rectifications ordered after failed items, by due date, optionally open or closed and of one vehicle.',
    query: RectificationQuery,
    success: { status: 200, description: 'the rectifications', schema: RectificationList },
    handle: async ({ query }, ctx) => {
      const visible = await vehicleVisibility(ctx);
      const items = (await listRectifications(ctx.db, ctx.countyId))
        .filter((r) => visible(r.vehicleId) && (query.status === undefined || r.status === query.status) && (query.vehicleId === undefined || r.vehicleId === query.vehicleId))
        .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
      return { items: items.map(rectificationOut) };
    },
  }),
  defineEndpoint({
    method: 'post', path: '/api/v1/rectifications/{id}/close', operationId: 'closeRectification', tag: 'compliance', access: ['coordinator', 'inspector'],
    summary: 'Close an open rectification with a later re-inspection of the vehicle that passed and did not fail the item.',
    description: 'Recording an inspection already closes the rectifications whose item it passes; this is for re-inspections recorded otherwise (e.g. imported). 409 when already closed or when the inspection does not qualify (every reason in `errors`).',
    params: IdParams,
    body: CloseRectificationBody,
    success: { status: 200, description: 'the closed rectification', schema: RectificationOut },
    problems: ['conflict'],
    handle: async ({ params, body }, ctx) => {
      const found = await findRectification(ctx.db, params.id);
      ctx.scope.ensureVisible(found, (r) => r.countyId === ctx.countyId, `rectification ${params.id}`);
      ctx.scope.ensureVisible(await findInspection(ctx.db, body.inspectionId), (i) => i.countyId === ctx.countyId, `inspection ${body.inspectionId}`);
      const closed = await closeRectification(ctx.db, ctx.scope.actor, { rectificationId: params.id, inspectionId: body.inspectionId, ...(body.note === undefined ? {} : { note: body.note }) });
      return rectificationOut(closed);
    },
  }),
];
