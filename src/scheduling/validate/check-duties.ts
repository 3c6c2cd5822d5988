import type { ScheduleRun } from '../model/schedule-schema.js';
import type { ValidationContext } from './validation-context.js';
import type { Violation } from './violation.js';

const drivingOf = (r: ScheduleRun) => r.legs.reduce((s, l) => s + l.durationS, 0);
const startOf = (r: ScheduleRun) => r.stops[0]!.arriveS;
const endOf = (r: ScheduleRun) => r.stops[r.stops.length - 1]!.departS;

/** Empty drive time between two places during [fromS, toS] (boats: on the water), or -1. */
function emptyDriveS(ctx: ValidationContext, run: ScheduleRun, from: string, to: string, fromS: number, toS: number): number {
  if (from === to) return 0;
  const m = ctx.matrix(run.mode === 'boat' ? 'boat' : 'empty', fromS, Math.max(fromS, toS));
  return m.durationS[m.indexOf(from) * m.size + m.indexOf(to)]!;
}

/**
 * One vehicle's runs on one day: each run reachable from the previous one in time (empty drive
 * included), and the driver's limits: continuous driving (a pause of `minBreak` resets it, taken where it
 * helps most; the night limit applies to a block touching the night window) and daily driving, depot
 * legs included.
 */
function checkDay(ctx: ValidationContext, runs: readonly ScheduleRun[], out: Violation[]): void {
  const duty = ctx.schedule.request.params.duty;
  const vehicle = ctx.records.vehicles.find((v) => v.id === runs[0]!.vehicleId);
  const depot = vehicle?.homeDepotPlaceId ?? runs[0]!.stops[0]!.placeId;
  const limit = (a: number, b: number) => (ctx.night(a, b) ? duty.maxContinuousNightDrivingMin : duty.maxContinuousDrivingMin) * 60;
  const first = runs[0]!;
  const approach = Math.max(0, emptyDriveS(ctx, first, depot, first.stops[0]!.placeId, startOf(first) - 3600, startOf(first)));
  let block = approach + drivingOf(first);
  let blockStart = startOf(first) - approach;
  let total = block;
  const v = (code: Violation['code'], message: string, r: ScheduleRun) => out.push({ code, message, runId: r.id, vehicleId: r.vehicleId, driverId: r.driverId });
  if (block > limit(blockStart, endOf(first))) v('continuous_driving', `${first.vehicleId}: ${Math.ceil(block / 60)} min of driving without a break by the end of ${first.id}`, first);
  for (let k = 1; k < runs.length; k++) {
    const prev = runs[k - 1]!;
    const run = runs[k]!;
    const d = emptyDriveS(ctx, run, prev.stops[prev.stops.length - 1]!.placeId, run.stops[0]!.placeId, endOf(prev), startOf(run));
    const gap = startOf(run) - endOf(prev);
    if (d < 0 || gap < d) {
      v('vehicle_overlap', `${run.vehicleId}: ${run.id} starts ${gap} s after ${prev.id} ends, the empty drive between takes ${d < 0 ? 'forever' : `${d} s`}`, run);
      continue;
    }
    if (gap - d >= duty.minBreakMin * 60) {
      const restAfter = block + d <= limit(blockStart, endOf(prev) + d);
      block = restAfter ? 0 : d;
      blockStart = restAfter ? startOf(run) : startOf(run) - d;
    } else block += d;
    block += drivingOf(run);
    total += d + drivingOf(run);
    if (block > limit(blockStart, endOf(run))) v('continuous_driving', `${run.vehicleId}: ${Math.ceil(block / 60)} min of driving without a break by the end of ${run.id}`, run);
  }
  const last = runs[runs.length - 1]!;
  total += Math.max(0, emptyDriveS(ctx, last, last.stops[last.stops.length - 1]!.placeId, depot, endOf(last), endOf(last) + 3600));
  if (total > duty.maxDailyDrivingMin * 60) v('daily_driving', `${last.vehicleId}: ${Math.ceil(total / 60)} min of driving on ${last.serviceDate}, limit ${duty.maxDailyDrivingMin} min`, last);
}

/** Vehicles never in two places at once, drivers on one vehicle a day and never in two runs at once, duty limits. */
export function checkDuties(ctx: ValidationContext, out: Violation[]): void {
  const byVehicleDay = new Map<string, ScheduleRun[]>();
  const driverVehicles = new Map<string, Set<string>>();
  for (const r of ctx.schedule.runs) {
    if (r.stops.some((st) => !ctx.places.has(st.placeId))) continue; // reported as unknown_place
    const k = `${r.vehicleId}|${r.serviceDate}`;
    byVehicleDay.set(k, [...(byVehicleDay.get(k) ?? []), r]);
    const d = `${r.driverId}|${r.serviceDate}`;
    driverVehicles.set(d, (driverVehicles.get(d) ?? new Set()).add(r.vehicleId));
  }
  for (const runs of byVehicleDay.values()) checkDay(ctx, [...runs].sort((a, b) => startOf(a) - startOf(b)), out);
  for (const [k, vehicles] of driverVehicles) {
    if (vehicles.size > 1) out.push({ code: 'driver_two_vehicles', message: `driver ${k.split('|')[0]} is on ${[...vehicles].join(', ')} on ${k.split('|')[1]}`, driverId: k.split('|')[0]! });
  }
  const byDriver = new Map<string, ScheduleRun[]>();
  for (const r of ctx.schedule.runs) byDriver.set(r.driverId, [...(byDriver.get(r.driverId) ?? []), r]);
  for (const runs of byDriver.values()) {
    const sorted = [...runs].sort((a, b) => startOf(a) - startOf(b));
    for (let k = 1; k < sorted.length; k++) {
      if (startOf(sorted[k]!) < endOf(sorted[k - 1]!)) out.push({ code: 'driver_overlap', message: `driver ${sorted[k]!.driverId} in ${sorted[k - 1]!.id} and ${sorted[k]!.id} at once`, driverId: sorted[k]!.driverId, runId: sorted[k]!.id });
    }
  }
}
