import { buildNetwork, type RoadNetwork } from '../../network/build-network.js';
import { diffSchedules, type ScheduleDiff } from '../diff/diff-schedules.js';
import { weekendSetup } from '../inputs/weekend-setup.js';
import { Schedule, type ScheduleTransfer, type StudentAssignment, type UnservedStudent } from '../model/schedule-schema.js';
import type { WeekendRecords } from '../model/weekend-records.js';
import { validateSchedule } from '../validate/validate-schedule.js';
import { ValidationContext } from '../validate/validation-context.js';
import type { Violation, ViolationCode } from '../validate/violation.js';
import { InvalidInput } from '../../domain/errors.js';
import { applyEvent } from './apply-event.js';
import { assembleDraft } from './assemble-draft.js';
import { brokenRuns, type BreakReason, type BrokenRuns } from './broken-runs.js';
import { replanChanges, sameRun, type ReplanChanges } from './change-list.js';
import { DutyBoard } from './duty-board.js';
import type { RepairTier } from './proposal.js';
import { unitsOf, type ReplanContext } from './replan-context.js';
import { parseReplanEvent, type ReplanEvent, type ReplanEventInput } from './replan-event.js';
import { repairUnit } from './unit-repair.js';

/** What a re-plan needs besides the published schedule and the event. */
export interface ReplanOptions {
  /** The county's records as they are now (compliance included). */
  readonly records: WeekendRecords;
  /** The network of those records, to save building it. */
  readonly network?: RoadNetwork;
  /**
   * Wall-clock budget for routing, seconds: no new routing starts after it. Default 3 s, or 0.5 s per
   * broken school and direction when more (a change of weather can break half a day).
   */
  readonly timeLimitS?: number;
}

/** How one school and direction was repaired. */
export interface UnitRepair {
  readonly schoolId: string;
  readonly direction: 'home' | 'return';
  readonly tier: RepairTier;
  readonly brokenRuns: number;
  readonly servedBefore: number;
  readonly servedAfter: number;
}

/** The answer of a re-plan: a draft, what changed, who is affected, who is left without a ride. */
export interface ReplanResult {
  readonly event: ReplanEvent;
  readonly draft: Schedule;
  /** The records the draft holds against: the input records with the event applied (a changed window). */
  readonly records: WeekendRecords;
  /** Published runs the event broke, with the reasons. */
  readonly broken: ReadonlyMap<string, readonly BreakReason[]>;
  readonly repairs: readonly UnitRepair[];
  readonly diff: ScheduleDiff;
  readonly changes: ReplanChanges;
  /** Students who had a ride and have none in the draft, with the reason. */
  readonly unserved: readonly UnservedStudent[];
  readonly runsTotal: number;
  /** Published runs present in the draft unchanged (`seqInDuty` aside), and their ids. */
  readonly runsUnchanged: number;
  readonly unchangedRunIds: readonly string[];
  /** `validateSchedule` on the draft (empty = every hard rule holds). */
  readonly violations: readonly Violation[];
  readonly seconds: number;
}

function indexBy<T>(list: readonly T[], keys: (x: T) => readonly string[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of list) for (const k of new Set(keys(x))) m.set(k, [...(m.get(k) ?? []), x]);
  return m;
}

function contextOf(published: Schedule, event: ReplanEvent, options: ReplanOptions, started: number, network: RoadNetwork, alsoBroken: BrokenRuns): ReplanContext {
  const world = applyEvent(published, options.records, event);
  const setup = weekendSetup(world.records, world.request, { network, ...(world.vehicleOut === null ? {} : { withoutVehicleId: world.vehicleOut.vehicleId }) });
  const broken = new Map(brokenRuns(published, options.records, world, event, network));
  for (const [runId, reasons] of alsoBroken) broken.set(runId, [...new Set([...(broken.get(runId) ?? []), ...reasons])]);
  return {
    published, world, setup, broken,
    checker: new ValidationContext({ ...published, request: world.request }, world.records, network),
    board: new DutyBoard({ records: world.records, friday: published.friday, travel: setup.travel, params: world.request.params, vehicleOut: world.vehicleOut, frozen: published.runs.filter((r) => !broken.has(r.id)) }),
    runById: new Map(published.runs.map((r) => [r.id, r])),
    studentById: new Map(world.records.students.map((s) => [s.id, s])),
    assignmentsByRun: indexBy<StudentAssignment>(published.assignments, (a) => a.legs.map((l) => l.runId)),
    transfersByRun: indexBy<ScheduleTransfer>(published.transfers, (t) => [t.fromRunId, t.toRunId]),
    deadline: started,
  };
}

/** The routing budget, seconds, for a number of broken units. */
function budgetS(options: ReplanOptions, units: number): number {
  return options.timeLimitS ?? Math.max(3, 0.5 * units);
}

/**
 * Re-plans a published weekend after an event (vehicle out, road closed, weather, window changed):
 * finds the runs the event breaks, keeps everything else exactly as published (same vehicle, driver,
 * times and stops), repairs each broken school and direction with the smallest change that works
 * (another vehicle; the same stops re-timed; the students re-routed at the same slot; the slot moved;
 * only then the school's direction planned again), taking substitute vehicles and drivers only from
 * those allowed on the date (`allowedOn`) and never the vehicle that is out, and validates the draft;
 * when taking runs off a duty leaves the rest of that vehicle's day breaking a duty rule, its kept runs of
 * the day are repaired too (up to two more passes).
 * Pure (no database; a wall-clock budget only). Never throws for an event it cannot absorb: the
 * students left without a ride come back with their reasons. Throws `InvalidInput` for a malformed
 * event or schedule, or one naming an unknown vehicle, segment, school or date.
 */
export function replan(publishedInput: unknown, eventInput: ReplanEventInput | ReplanEvent, options: ReplanOptions): ReplanResult {
  const started = Date.now();
  const parsed = Schedule.safeParse(publishedInput);
  if (!parsed.success) throw new InvalidInput('replan: the published schedule does not match the format', parsed.error.issues.slice(0, 20).map((i) => ({ field: `schedule.${i.path.join('.')}`, message: i.message })));
  const published = parsed.data;
  const event = parseReplanEvent(eventInput);
  const network = options.network ?? buildNetwork({ roads: options.records.roads, waterways: options.records.waterways, places: options.records.places });
  const alsoBroken = new Map<string, BreakReason[]>();
  let attempt = 0;
  for (;;) {
    const ctx = contextOf(published, event, options, started, network, alsoBroken);
    const units = unitsOf(ctx);
    // The first pass has the whole budget from the start; a pass after a duty break gets half of it again.
    const deadline = attempt === 0 ? started + budgetS(options, units.length) * 1000 : Date.now() + budgetS(options, units.length) * 500;
    // Each unit gets an equal share of the routing time still left.
    const outcomes = units.map((u, k) => repairUnit({ ...ctx, deadline: Date.now() + Math.max(0, deadline - Date.now()) / (units.length - k) }, u));
    const draft = assembleDraft(ctx, outcomes, (Date.now() - started) / 1000);
    const violations = validateSchedule(draft, { records: ctx.world.records, network: ctx.setup.travel.network });
    // A run taken off a duty changes what is left of it (a duty that started with it now starts with the
    // drive from the depot to the next run): kept runs of a vehicle whose day breaks a duty rule are
    // broken too, and the re-plan starts again, at most twice more.
    const dutyBroken = breakDutyDays(draft, published, violations, alsoBroken);
    if (dutyBroken === 0 || attempt === 2) return resultOf(published, event, ctx, outcomes, draft, violations, started);
    attempt += 1;
  }
}

/** Duty rules the validator checks per vehicle and day. */
const DUTY_CODES: ReadonlySet<ViolationCode> = new Set<ViolationCode>(['continuous_driving', 'daily_driving', 'vehicle_overlap']);

/**
 * Adds to `alsoBroken` the published runs kept in the draft of each vehicle and service date with a duty
 * violation; returns how many were added.
 */
function breakDutyDays(draft: Schedule, published: Schedule, violations: readonly Violation[], alsoBroken: Map<string, BreakReason[]>): number {
  const draftRuns = new Map(draft.runs.map((r) => [r.id, r]));
  const days = new Set(violations.flatMap((v) => {
    if (!DUTY_CODES.has(v.code) || v.vehicleId === undefined || v.runId === undefined) return [];
    const run = draftRuns.get(v.runId);
    return run === undefined ? [] : [`${run.vehicleId}|${run.serviceDate}`];
  }));
  let added = 0;
  for (const r of published.runs) {
    if (!days.has(`${r.vehicleId}|${r.serviceDate}`) || alsoBroken.has(r.id) || !sameRun(r, draftRuns.get(r.id))) continue;
    alsoBroken.set(r.id, ['rule:duty']);
    added += 1;
  }
  return added;
}

function resultOf(published: Schedule, event: ReplanEvent, ctx: ReplanContext, outcomes: ReturnType<typeof repairUnit>[], draft: Schedule, violations: Violation[], started: number): ReplanResult {
  const diff = diffSchedules(published, draft);
  const changes = replanChanges(published, draft, ctx.world.records, diff);
  const draftRuns = new Map(draft.runs.map((r) => [r.id, r]));
  const unchangedRunIds = published.runs.filter((r) => sameRun(r, draftRuns.get(r.id))).map((r) => r.id);
  return {
    event, draft, records: ctx.world.records, broken: ctx.broken, diff, changes, violations,
    repairs: outcomes.map((o) => ({ schoolId: o.unit.schoolId, direction: o.unit.direction, tier: o.tier, brokenRuns: o.unit.broken.length, servedBefore: new Set(o.unit.runs.flatMap((r) => (ctx.assignmentsByRun.get(r.id) ?? []).map((a) => a.studentId))).size, servedAfter: o.served })),
    unserved: changes.schools.flatMap((s) => s.newlyUnserved),
    runsTotal: published.runs.length, runsUnchanged: unchangedRunIds.length, unchangedRunIds,
    seconds: (Date.now() - started) / 1000,
  };
}
