import { listChecklist } from '../../db/repositories/compliance-records.repository.js';
import { defineEndpoint, type AnyEndpoint } from '../endpoint/endpoint.js';
import { ChecklistList, checklistItemOut } from '../schemas/inspection.schemas.js';

/** The county's inspection checklist (data, editable without code), for the inspector's page. */
export const checklistRouter: readonly AnyEndpoint[] = [
  defineEndpoint({
    method: 'get', path: '/api/v1/checklist', operationId: 'listChecklist', tag: 'compliance', access: ['coordinator', 'inspector', 'operator'],
    summary: 'The county\'s inspection checklist items in order, with the vehicle kind each applies to.',
    success: { status: 200, description: 'the checklist', schema: ChecklistList },
    handle: async (_input, ctx) => ({ items: (await listChecklist(ctx.db, ctx.countyId)).map(checklistItemOut) }),
  }),
];
