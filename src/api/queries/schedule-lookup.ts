import { findPublishedScheduleHeader, findScheduleHeader, type ScheduleHeader } from '../../db/repositories/schedule.repository.js';
import { NotFound } from '../../domain/errors.js';
import type { Scope } from '../auth/scope.js';
import type { HandlerContext } from '../endpoint/endpoint.js';
import type { ScheduleVersionOut } from '../schemas/schedule.schemas.js';

/**
 * Whether the caller sees drafts: coordinators (who make them) and inspectors (who check plates against
 * them). Schools and operators see published and superseded versions only; a draft is 404 for them, so
 * parents never read a plan that may still change.
 */
export function seesDrafts(scope: Scope): boolean {
  return scope.role === 'coordinator' || scope.role === 'inspector';
}

/** Whether a version is visible to the caller (a version of another county never reaches here). */
export function versionVisible(scope: Scope, header: ScheduleHeader): boolean {
  return seesDrafts(scope) || (header.status !== 'draft' && header.status !== 'discarded');
}

/** A version of the served county visible to the caller, or `NotFound` (the same for missing and hidden). */
export async function visibleVersion(ctx: HandlerContext, id: string): Promise<ScheduleHeader> {
  const header = await findScheduleHeader(ctx.db, ctx.countyId, id);
  return ctx.scope.ensureVisible(header, (h) => versionVisible(ctx.scope, h), `schedule ${id}`);
}

/**
 * The version a weekend view reads: `scheduleId` when given (it must be of that weekend and visible),
 * else the weekend's published version. `NotFound` when there is none.
 */
export async function weekendVersion(ctx: HandlerContext, friday: string, scheduleId: string | undefined): Promise<ScheduleHeader> {
  if (scheduleId !== undefined) {
    const header = await visibleVersion(ctx, scheduleId);
    if (header.friday !== friday) throw new NotFound(`schedule ${scheduleId} not found`);
    return header;
  }
  const published = await findPublishedScheduleHeader(ctx.db, ctx.countyId, friday);
  if (published === undefined) throw new NotFound(`no published schedule for the weekend of ${friday}`);
  return published;
}

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

/** A stored version's header as the API shows it (the summary figures come from the stored summary). */
export function versionOut(h: ScheduleHeader): ScheduleVersionOut {
  const s = (h.summary ?? {}) as Partial<ScheduleVersionOut['summary']>;
  return {
    id: h.id, friday: h.friday, version: h.version, status: h.status as ScheduleVersionOut['status'], basedOnId: h.based_on_id,
    createdAt: iso(h.created_at) ?? '', createdBy: h.created_by, publishedAt: iso(h.published_at),
    violations: Array.isArray(h.validation) ? h.validation.length : 0,
    summary: {
      studentsNeedingRide: s.studentsNeedingRide ?? 0, servedHome: s.servedHome ?? 0, servedReturn: s.servedReturn ?? 0,
      vehiclesAvailable: s.vehiclesAvailable ?? 0, vehiclesUsed: s.vehiclesUsed ?? 0, runs: s.runs ?? 0, totalKm: s.totalKm ?? 0,
      loadedKm: s.loadedKm ?? 0, longestRideS: s.longestRideS ?? 0, solveSeconds: s.solveSeconds ?? 0,
    },
  };
}
