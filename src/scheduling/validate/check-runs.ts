import type { ScheduleRun } from '../model/schedule-schema.js';
import { legTravels } from './leg-travel.js';
import type { ValidationContext } from './validation-context.js';
import type { Violation } from './violation.js';

/** 校车安全管理条例 art. 35: 80 km/h on expressways, 60 elsewhere, 20 in rain, fog, snow. Boats: 60 at most. */
const MAX_LOADED_KMH = 80;
const BAD_WEATHER_KMH = 20;
const MAX_BOAT_KMH = 60;
/** An empty coach: at most the expressway class speed (道路交通安全法实施条例 art. 78). */
const MAX_EMPTY_KMH = 100;

/** Legs, stop order, places and kinds of one run. */
function checkShape(ctx: ValidationContext, run: ScheduleRun, out: Violation[]): boolean {
  const v = (code: Violation['code'], message: string) => out.push({ code, message, runId: run.id, vehicleId: run.vehicleId });
  if (run.legs.length !== run.stops.length - 1) {
    v('run_shape', `${run.id} has ${run.stops.length} stops but ${run.legs.length} legs`);
    return false;
  }
  let ok = true;
  run.stops.forEach((s, k) => {
    const place = ctx.places.get(s.placeId);
    if (place === undefined) {
      v('unknown_place', `${run.id} stop ${k}: unknown place ${s.placeId}`);
      ok = false;
    } else if ((run.mode === 'bus' && place.access === 'water') || (run.mode === 'boat' && place.access === 'road')) {
      v('wrong_kind', `${run.id} stop ${k}: a ${run.mode} cannot stop at ${s.placeId} (access ${place.access})`);
    }
    if (s.departS < s.arriveS) v('time_order', `${run.id} stop ${k} departs before it arrives`);
    const next = run.stops[k + 1];
    if (next !== undefined && next.arriveS - s.departS < run.legs[k]!.durationS) v('time_order', `${run.id} leg ${k}: ${next.arriveS - s.departS} s between stops, the leg takes ${run.legs[k]!.durationS} s`);
  });
  return ok;
}

/** Load on board along the run never negative nor above the approved capacity. */
function checkLoad(ctx: ValidationContext, run: ScheduleRun, out: Violation[]): void {
  const vehicle = ctx.records.vehicles.find((x) => x.id === run.vehicleId);
  let onBoard = 0;
  run.stops.forEach((s, k) => {
    onBoard += s.boarding - s.alighting;
    if (onBoard < 0) out.push({ code: 'count_mismatch', message: `${run.id} stop ${k}: more alight than are on board`, runId: run.id });
    if (vehicle !== undefined && onBoard > vehicle.approvedCapacity) {
      out.push({ code: 'over_capacity', message: `${run.id} after stop ${k}: ${onBoard} on board, approved capacity ${vehicle.approvedCapacity}`, runId: run.id, vehicleId: run.vehicleId });
    }
  });
}

/**
 * Each leg against a fresh matrix for its own time: reachable under the closures active then, no faster
 * than the matrix (which holds every speed cap), no low-grade road with students on board at night,
 * and an implied average speed within the loaded caps. Exported for re-planning, which checks a
 * re-timed run on its own.
 */
export function checkLegs(ctx: ValidationContext, run: ScheduleRun, out: Violation[]): void {
  for (const { k, leg, from, to, loaded, night, matrix: m } of legTravels(ctx, run)) {
    const d = m.durationS[m.indexOf(from.placeId) * m.size + m.indexOf(to.placeId)]!;
    const spentS = to.arriveS - from.departS;
    const where = `${run.id} leg ${k} (${from.placeId} → ${to.placeId})`;
    if (d < 0) out.push({ code: night ? 'night_low_grade' : 'unreachable_leg', message: `${where}: no ${night ? 'non-low-grade ' : ''}path under the conditions at that time`, runId: run.id });
    else if (spentS < d) out.push({ code: 'too_fast', message: `${where}: ${spentS} s, the fastest lawful drive takes ${d} s`, runId: run.id });
    if (night && leg.usesLowGrade) out.push({ code: 'night_low_grade', message: `${where}: a low-grade road with students on board at night`, runId: run.id });
    const cap = run.mode === 'boat' ? MAX_BOAT_KMH : !loaded ? MAX_EMPTY_KMH : ctx.conditionsAt(from.departS).weather !== 'clear' ? BAD_WEATHER_KMH : MAX_LOADED_KMH;
    if (spentS > 0 && (leg.distanceM / spentS) * 3.6 > cap + 1e-9) out.push({ code: 'speed', message: `${where}: ${((leg.distanceM / spentS) * 3.6).toFixed(1)} km/h on average, cap ${cap}`, runId: run.id });
    else if (spentS === 0 && leg.distanceM > 0) out.push({ code: 'speed', message: `${where}: ${leg.distanceM} m in no time`, runId: run.id });
  }
}

/** Vehicle and driver allowed on the run's date, vehicle kind matching the run's mode. */
function checkCompliance(ctx: ValidationContext, run: ScheduleRun, out: Violation[]): void {
  const fleet = ctx.fleetOn(run.serviceDate);
  const allowed = fleet.vehicles.find((a) => a.vehicle.id === run.vehicleId);
  if (allowed === undefined) {
    const why = fleet.excluded.find((e) => e.vehicleId === run.vehicleId)?.reasons.map((r) => r.code).join(', ') ?? 'unknown vehicle';
    out.push({ code: 'vehicle_not_allowed', message: `${run.id}: vehicle ${run.vehicleId} may not carry students on ${run.serviceDate} (${why})`, runId: run.id, vehicleId: run.vehicleId });
    return;
  }
  if (allowed.vehicle.kind !== run.mode) out.push({ code: 'wrong_kind', message: `${run.id}: a ${allowed.vehicle.kind} on a ${run.mode} run`, runId: run.id, vehicleId: run.vehicleId });
  if (!allowed.drivers.some((d) => d.id === run.driverId)) {
    out.push({ code: 'driver_not_allowed', message: `${run.id}: driver ${run.driverId} may not drive ${run.vehicleId} on ${run.serviceDate}`, runId: run.id, driverId: run.driverId });
  }
}

/** Every per-run rule. */
export function checkRuns(ctx: ValidationContext, out: Violation[]): void {
  for (const run of ctx.schedule.runs) {
    if (!checkShape(ctx, run, out)) continue;
    checkLoad(ctx, run, out);
    checkLegs(ctx, run, out);
    checkCompliance(ctx, run, out);
  }
}
