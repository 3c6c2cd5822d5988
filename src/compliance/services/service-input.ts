import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { InvalidInput } from '../../domain/errors.js';

/** Parses a service input with its schema; every issue becomes a detail naming its field. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new InvalidInput(
    `compliance: invalid ${what}`,
    parsed.error.issues.map((i) => ({ ...(i.path.length > 0 ? { field: i.path.map(String).join('.') } : {}), message: i.message })),
  );
}

/** The actor every change is audited under: a non-empty name or token label. */
export function requireActor(actor: string): string {
  if (typeof actor !== 'string' || actor.trim() === '') throw new InvalidInput('compliance: actor must be a non-empty string', [{ field: 'actor', message: 'required' }]);
  return actor.trim();
}

/** A fresh record id with a readable prefix (`insp-…`, `rect-…`, `plate-…`, `ins-…`). */
export function newId(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}
