import { addDays } from '../../domain/calendar.js';
import { InvalidInput, type ErrorDetail } from '../../domain/errors.js';
import { parseScheduleRequest, type ScheduleRequest, type ScheduleRequestInput } from '../../scheduling/index.js';
import type { HandlerContext } from '../endpoint/endpoint.js';

/**
 * The scheduling request of a generate call, checked against the county before a job is queued (a job
 * that can only fail is not worth a worker): conditions only for the weekend's service dates (Friday to
 * Sunday), and every closed id a road segment or boat leg of the served county. `InvalidInput` names
 * every bad field as `body.…`.
 */
export async function generateRequestOf(ctx: HandlerContext, body: ScheduleRequestInput): Promise<ScheduleRequest> {
  const request = parseScheduleRequest(body);
  const dates = new Set([0, 1, 2].map((d) => addDays(request.friday, d)));
  const details: ErrorDetail[] = [];
  const closed = Object.entries(request.conditions).flatMap(([date, day]) => {
    if (!dates.has(date)) details.push({ field: `body.conditions.${date}`, message: 'must be a service date of the weekend (its Friday, Saturday or Sunday)' });
    return day.closed.map((c, k) => ({ id: c.id, field: `body.conditions.${date}.closed.${k}.id` }));
  });
  if (closed.length > 0) {
    const ids = [...new Set(closed.map((c) => c.id))];
    const [roads, legs] = await Promise.all([
      ctx.db.selectFrom('road_segment').select('id').where('county_id', '=', ctx.countyId).where('id', 'in', ids).execute(),
      ctx.db.selectFrom('waterway_leg').select('id').where('county_id', '=', ctx.countyId).where('id', 'in', ids).execute(),
    ]);
    const known = new Set([...roads, ...legs].map((r) => r.id));
    for (const c of closed) if (!known.has(c.id)) details.push({ field: c.field, message: `${c.id} is not a road segment or boat leg of the county` });
  }
  if (details.length > 0) throw new InvalidInput('the schedule request names dates or sections the county does not have', details);
  return request;
}
