import { listVehicles } from '../../db/repositories/fleet.repository.js';
import type { Schedule } from '../../scheduling/index.js';
import type { HandlerContext } from '../endpoint/endpoint.js';

/**
 * Who a schedule is cut for: the whole county (coordinators, inspectors), one school (its runs, slots,
 * transfers and its own students), or one operator (the runs of its vehicles, without student ids:
 * students are the coordinator's and their own school's business).
 */
export type ScheduleAudience =
  | { readonly kind: 'county' }
  | { readonly kind: 'school'; readonly schoolId: string }
  | { readonly kind: 'operator'; readonly vehicleIds: ReadonlySet<string> };

/** The audience of the caller; an operator's vehicles are read from the fleet. */
export async function audienceOf(ctx: HandlerContext): Promise<ScheduleAudience> {
  const school = ctx.scope.schoolFilter;
  if (school !== undefined) return { kind: 'school', schoolId: school };
  const operator = ctx.scope.operatorFilter;
  if (operator === undefined) return { kind: 'county' };
  const vehicles = (await listVehicles(ctx.db, ctx.countyId)).filter((v) => v.operatorId === operator);
  return { kind: 'operator', vehicleIds: new Set(vehicles.map((v) => v.id)) };
}

/**
 * The part of a schedule an audience may read, still in the export format: filtered server-side, so a
 * school or operator token never receives another's runs. `summary` stays the county's figures and
 * `vehiclesNeeded` is left out of cut versions (it is about the whole fleet).
 */
export function scheduleFor(s: Schedule, audience: ScheduleAudience): Schedule {
  if (audience.kind === 'county') return s;
  const runs = s.runs.filter((r) => (audience.kind === 'school' ? r.schoolId === audience.schoolId : audience.vehicleIds.has(r.vehicleId)));
  const runIds = new Set(runs.map((r) => r.id));
  const schools = new Set(runs.map((r) => r.schoolId));
  if (audience.kind === 'school') schools.add(audience.schoolId);
  const usedVehicles = new Set(runs.map((r) => r.vehicleId));
  const ownStudents = audience.kind === 'school';
  return {
    ...s,
    vehicles: s.vehicles.filter((v) => usedVehicles.has(v.id)),
    dismissals: s.dismissals.filter((d) => schools.has(d.schoolId)),
    runs,
    transfers: ownStudents ? s.transfers.filter((t) => runIds.has(t.fromRunId) && runIds.has(t.toRunId)) : [],
    assignments: ownStudents ? s.assignments.filter((a) => a.legs.every((l) => runIds.has(l.runId))) : [],
    unserved: ownStudents ? s.unserved.filter((u) => u.schoolId === audience.schoolId) : [],
    vehiclesNeeded: [],
  };
}
