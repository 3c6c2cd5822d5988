import { z } from 'zod';
import { DayConditions } from '../domain/conditions.js';
import { InvalidInput } from '../domain/errors.js';
import { QueryTime } from './query-interval.js';
import { TravelPolicy } from './travel-policy.js';

/** What a travel matrix is asked for: profile, the day's conditions, a time, options, county policy. */
export const MatrixOptions = z.object({
  /** `loaded` (students on board), `empty` (deadhead) on the roads; `boat` on the waterways. */
  profile: z.enum(['loaded', 'empty', 'boat']),
  /** Weather and closed links of the day (default: clear, nothing closed). */
  conditions: DayConditions.prefault({}),
  /** When: an instant, a local day or an interval; a closure counts if it covers any of it. Default: any time. */
  at: QueryTime.optional(),
  /** Leave out low-grade roads (technical grade >= 3), e.g. for trips after dark. Road profiles only. */
  avoidLowGrade: z.boolean().default(false),
  /** County policy: extra time on hazardous links, boarding time at piers. */
  policy: TravelPolicy.prefault({}),
});
/** Parsed options, every default filled in. */
export type MatrixOptions = z.infer<typeof MatrixOptions>;
/** Options as a caller may write them. */
export type MatrixOptionsInput = z.input<typeof MatrixOptions>;

/** Parses matrix options, throwing `InvalidInput` that names each bad field. */
export function parseMatrixOptions(input: MatrixOptionsInput): MatrixOptions {
  const parsed = MatrixOptions.safeParse(input);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
  throw new InvalidInput(`network: invalid matrix options (${details.map((d) => d.field).join(', ')})`, details);
}

/** A stable text key of parsed options (closures in given order), for caching. */
export function optionsKey(o: MatrixOptions): string {
  return JSON.stringify([o.profile, o.conditions.weather, o.conditions.closed, o.at ?? null, o.avoidLowGrade, o.policy]);
}
