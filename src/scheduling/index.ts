/**
 * The weekend schedule: which school is dismissed when (错时放学), which vehicle runs which trip, every
 * stop's time, and an independent validator. Pure functions here; storage lives in
 * `src/db/repositories/schedule*.ts`. See README.md.
 */
export { generateWeekendSchedule, type GenerateOptions, type ScheduleProgress } from './generate-weekend-schedule.js';
export { validateSchedule, type ValidationInputs } from './validate/validate-schedule.js';
export { VIOLATION_CODES, type Violation, type ViolationCode } from './validate/violation.js';
export { diffSchedules, type ScheduleDiff, type SchoolChange } from './diff/diff-schedules.js';
export * from './model/schedule-schema.js';
export type { WeekendRecords } from './model/weekend-records.js';
export { ScheduleParams, DutyParams, type ScheduleParamsInput } from './request/schedule-params.js';
export { ScheduleRequest, parseScheduleRequest, conditionsOn, type ScheduleRequestInput } from './request/schedule-request.js';
export { clockOf, dayClockLabel, isoOf, serviceDateOf, weekendSeconds, DAY_S } from './time/weekend-clock.js';
export { longestRideS } from './summary/summarise.js';
export { replan, type ReplanOptions, type ReplanResult, type UnitRepair } from './replan/replan.js';
export { ReplanEvent, parseReplanEvent, describeEvent, EVENT_KINDS, type ReplanEventInput } from './replan/replan-event.js';
export type { ReplanChanges, SchoolReplanChanges, OperatorReplanChanges } from './replan/change-list.js';
export type { RepairTier } from './replan/proposal.js';
export type { BreakReason } from './replan/broken-runs.js';
export { storeSchedule, listSchedules, loadSchedule, publishSchedule, scheduleChanges, type ScheduleVersion } from './storage/schedule-store.js';
export { runPaths, type RunPath, type LegPath } from './paths/run-paths.js';
