import { z } from 'zod';
import { EntityId } from '../../domain/entity-id.js';

/** Path parameters of an object endpoint: `{id}`, an entity id. */
export const IdParams = z.strictObject({ id: EntityId.meta({ description: 'the object id' }) });

/** A boolean in a query string: exactly `true` or `false`. */
export const QueryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true');

/** A positive integer in a query string (digits only, no sign, no exponent), at most `max`. */
export function queryInt(max: number) {
  return z
    .string()
    .regex(/^[1-9][0-9]{0,8}$/, 'must be a positive whole number')
    .transform(Number)
    .pipe(z.number().int().min(1).max(max, `must be at most ${max}`));
}

/** A whole number in a query string, 0 to `max` (digits only, no sign, no exponent). */
export function queryWhole(max: number) {
  return z
    .string()
    .regex(/^(0|[1-9][0-9]{0,8})$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(0).max(max, `must be at most ${max}`));
}

/** `?page=&pageSize=` of paginated lists (page 1-based, at most 500 items per page). */
export const PageQuery = {
  page: queryInt(1_000_000).optional().meta({ description: '1-based page number (default 1)' }),
  pageSize: queryInt(500).optional().meta({ description: 'items per page, 1-500 (default 100)' }),
};

/** Default items per page. */
export const DEFAULT_PAGE_SIZE = 100;

/** A page of a list: the items, where it is, and how many items the whole list has. */
export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      items: z.array(item),
      page: z.number().int().min(1),
      pageSize: z.number().int().min(1),
      total: z.number().int().min(0).meta({ description: 'items in the whole filtered list' }),
    })
    .meta({ id });
}

/** A list response: `{ items }` (the lists of a county are small enough to send whole). */
export function listOf<T extends z.ZodType>(item: T, id: string) {
  return z.object({ items: z.array(item) }).meta({ id });
}
