import { z } from 'zod';

/**
 * Identifier of a county-owned object as it appears in files and URLs: letters, digits and `_ . : -`,
 * 1–64 characters, starting with a letter or digit. Ids are stable across imports, so a coordinator
 * can edit a CSV and re-import it.
 */
export const EntityId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, 'must be 1-64 letters, digits or _ . : - (no spaces)');
export type EntityId = z.infer<typeof EntityId>;
