import { z } from 'zod';
import { addDays, IsoDate, weekday } from '../../domain/calendar.js';
import { DayConditions } from '../../domain/conditions.js';
import { InvalidInput } from '../../domain/errors.js';
import { ScheduleParams } from './schedule-params.js';

/**
 * What to plan: the weekend (its Friday), the conditions of each service date (weather, closed segments
 * or boat legs; a date not listed is clear with nothing closed) and the county's parameters.
 */
export const ScheduleRequest = z.object({
  friday: IsoDate.refine((d) => weekday(d) === 5, 'must be a Friday'),
  /** Conditions per service date `YYYY-MM-DD`. */
  conditions: z.record(IsoDate, DayConditions).default({}),
  params: ScheduleParams.prefault({}),
});
export type ScheduleRequest = z.infer<typeof ScheduleRequest>;
/** A request as a caller may write it. */
export type ScheduleRequestInput = z.input<typeof ScheduleRequest>;

/** Parses a request, throwing `InvalidInput` that names every bad field. */
export function parseScheduleRequest(input: ScheduleRequestInput): ScheduleRequest {
  const parsed = ScheduleRequest.safeParse(input);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
  throw new InvalidInput(`scheduling: invalid request (${details.map((d) => `${d.field}: ${d.message}`).join('; ')})`, details);
}

const CLEAR: DayConditions = { weather: 'clear', closed: [] };

/** The conditions of the service date `dayOffset` days after the request's Friday. */
export function conditionsOn(request: ScheduleRequest, dayOffset: number): DayConditions {
  return request.conditions[addDays(request.friday, dayOffset)] ?? CLEAR;
}
