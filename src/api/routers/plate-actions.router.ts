import type { Kysely } from 'kysely';
import type { z } from 'zod';
import {
  changePlateDriver, reinstatePlate, renewPlate, revokePlate, suspendPlate, type PlateStatusChange, type PlateStatusInput,
} from '../../compliance/index.js';
import { findPlate } from '../../db/repositories/compliance-lookup.repository.js';
import type { Database } from '../../db/tables/index.js';
import type { Role } from '../auth/request-auth.js';
import { defineEndpoint, type AnyEndpoint, type HandlerContext } from '../endpoint/endpoint.js';
import { IdParams } from '../schemas/common.schemas.js';
import { PlateChangeOut, plateChangeOut } from '../schemas/compliance.schemas.js';
import { ChangePlateDriverBody, PlateStatusBody, RenewPlateBody } from '../schemas/plate.schemas.js';

/** A plate of the served county (inspectors and coordinators see every operator's); otherwise `NotFound`. */
async function ensurePlate(ctx: HandlerContext, plateId: string): Promise<void> {
  ctx.scope.ensureVisible(await findPlate(ctx.db, plateId), (p) => p.countyId === ctx.countyId, `plate ${plateId}`);
}

type StatusService = (db: Kysely<Database>, actor: string, input: PlateStatusInput) => Promise<PlateStatusChange>;

/** One status action row: suspend, revoke or reinstate. */
function statusAction(action: 'suspend' | 'revoke' | 'reinstate', operationId: string, access: readonly Role[], service: StatusService, summary: string): AnyEndpoint {
  return defineEndpoint({
    method: 'post', path: `/api/v1/plates/{id}/${action}`, operationId, tag: 'plates', access,
    summary,
    description: 'Needs a reason and the first service date concerned. The response lists the published runs from that date on that use the vehicle (`runsNeedingReplan`; empty for a reinstatement). 409 when the plate is in the wrong status or, for a reinstatement, when a condition fails (every reason in `errors`).',
    params: IdParams,
    body: PlateStatusBody,
    success: { status: 200, description: 'the plate after the change and the runs to re-plan', schema: PlateChangeOut },
    problems: ['conflict'],
    handle: async ({ params, body }, ctx): Promise<z.input<typeof PlateChangeOut>> => {
      await ensurePlate(ctx, params.id);
      return plateChangeOut(await service(ctx.db, ctx.scope.actor, { plateId: params.id, ...body }));
    },
  });
}

/**
 * Plate actions. Inspectors issue, renew, suspend and change the driver (each re-checks the issuance
 * conditions, or takes a plate off the road); revoking (final) and lifting a suspension are the
 * coordinator's, so a suspension is lifted by a second person (see docs/api.md).
 */
export const plateActionsRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'post', path: '/api/v1/plates/{id}/renew', operationId: 'renewPlate', tag: 'plates', access: ['coordinator', 'inspector'],
    summary: 'Extend an active plate after checking every issuance condition as of the renewal day (typically after the half-yearly re-inspection).',
    description: 'A plate that lapsed before the renewal day restarts on that day. 409 listing every reason when refused; 400 when the new validity does not extend the plate.',
    params: IdParams,
    body: RenewPlateBody,
    success: { status: 200, description: 'the renewed plate (no runs need re-planning)', schema: PlateChangeOut },
    problems: ['conflict'],
    handle: async ({ params, body }, ctx) => {
      await ensurePlate(ctx, params.id);
      return plateChangeOut({ plate: await renewPlate(ctx.db, ctx.scope.actor, { plateId: params.id, ...body }), runsNeedingReplan: [] });
    },
  }),
  statusAction('suspend', 'suspendPlate', ['coordinator', 'inspector'], suspendPlate, 'Suspend an active plate: the vehicle leaves the allowed fleet at once.'),
  statusAction('revoke', 'revokePlate', ['coordinator'], revokePlate, 'Revoke an active or suspended plate for good.'),
  statusAction('reinstate', 'reinstatePlate', ['coordinator'], reinstatePlate, 'Lift a suspension once the plate could be issued again as of the date.'),
  defineEndpoint({
    method: 'post', path: '/api/v1/plates/{id}/change-driver', operationId: 'changePlateDriver', tag: 'plates', access: ['coordinator', 'inspector'],
    summary: 'Name another driver on a live plate after checking them as of the date: eligible, of the vehicle\'s operator, licensed for it.',
    description: '409 listing every reason when refused, or when the plate is revoked.',
    params: IdParams,
    body: ChangePlateDriverBody,
    success: { status: 200, description: 'the plate with its new driver (no runs need re-planning)', schema: PlateChangeOut },
    problems: ['conflict'],
    handle: async ({ params, body }, ctx) => {
      await ensurePlate(ctx, params.id);
      return plateChangeOut({ plate: await changePlateDriver(ctx.db, ctx.scope.actor, { plateId: params.id, ...body }), runsNeedingReplan: [] });
    },
  }),
];
