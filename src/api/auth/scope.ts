import { Forbidden, NotFound } from '../../domain/errors.js';
import type { RequestAuth, Role } from './request-auth.js';

/**
 * What the caller of one request may see, and the one pattern every router uses for it:
 *
 * - a role that may never use an endpoint gets `403 forbidden` (the endpoint table declares the roles,
 *   and `requireRole` is there for finer rules inside a handler);
 * - an object outside the caller's scope is reported exactly like a missing one, `404 not_found`, so
 *   ids cannot be probed (`visible` / `ensureVisible`);
 * - lists are filtered to the scope (`schoolFilter`, `operatorFilter`).
 */
export class Scope {
  readonly #auth: RequestAuth | undefined;

  constructor(auth: RequestAuth | undefined) {
    this.#auth = auth;
  }

  /** The token's identity and scope, or undefined on a public endpoint without a token. */
  get auth(): RequestAuth | undefined {
    return this.#auth;
  }

  /** The caller's role, or undefined on a public endpoint without a token. */
  get role(): Role | undefined {
    return this.#auth?.role;
  }

  /** Who to name in the audit log: `token:<id>`, or `anonymous`. */
  get actor(): string {
    return this.#auth === undefined ? 'anonymous' : `token:${this.#auth.tokenId}`;
  }

  /** Throws `Forbidden` unless the caller has one of the roles. */
  requireRole(...roles: readonly Role[]): void {
    if (this.#auth === undefined || !roles.includes(this.#auth.role)) throw new Forbidden(`this needs one of the roles ${roles.join(', ')}`);
  }

  /** Whether the caller may see a school's data: every role but `school`, and a school token its own. */
  canSeeSchool(schoolId: string): boolean {
    if (this.#auth === undefined) return false;
    return this.#auth.role !== 'school' || this.#auth.schoolId === schoolId;
  }

  /** Whether the caller may see an operator's data: coordinators and inspectors all, an operator its own, schools none. */
  canSeeOperator(operatorId: string): boolean {
    if (this.#auth === undefined) return false;
    if (this.#auth.role === 'coordinator' || this.#auth.role === 'inspector') return true;
    return this.#auth.role === 'operator' && this.#auth.operatorId === operatorId;
  }

  /** The only school a list may show, when the caller is a school. */
  get schoolFilter(): string | undefined {
    return this.#auth?.role === 'school' ? this.#auth.schoolId : undefined;
  }

  /** The only operator a list may show, when the caller is an operator. */
  get operatorFilter(): string | undefined {
    return this.#auth?.role === 'operator' ? this.#auth.operatorId : undefined;
  }

  /**
   * Returns the object when it exists and is visible; otherwise throws the same `NotFound` either way.
   * @example const driver = scope.ensureVisible(await findDriver(db, id), (d) => scope.canSeeOperator(d.operatorId), `driver ${id}`);
   */
  ensureVisible<T>(found: T | undefined, visible: (t: T) => boolean, what: string): T {
    if (found === undefined || !visible(found)) throw new NotFound(`${what} not found`);
    return found;
  }
}
