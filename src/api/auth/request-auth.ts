import { z } from 'zod';

/**
 * What a token may do. `coordinator`: everything in its county. `inspector`: inspections,
 * rectifications and plates, read access to the fleet. `operator`: its own vehicles and drivers.
 * `school`: its own school only.
 */
export const Role = z.enum(['coordinator', 'inspector', 'operator', 'school']);
export type Role = z.infer<typeof Role>;

/** Every role, in the order tables and docs list them. */
export const ROLES: readonly Role[] = Role.options;

/** The caller of one request, resolved from its bearer token. */
export interface RequestAuth {
  readonly tokenId: string;
  readonly role: Role;
  readonly countyId: number;
  /** Set exactly when `role` is `school`. */
  readonly schoolId?: string;
  /** Set exactly when `role` is `operator`. */
  readonly operatorId?: string;
}
