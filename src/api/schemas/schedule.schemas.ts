import { z } from 'zod';
import { IsoDate, weekday } from '../../domain/calendar.js';
import { DayConditions } from '../../domain/conditions.js';
import { EntityId } from '../../domain/entity-id.js';
import { Direction } from '../../domain/school.js';
import { Schedule, ScheduleParams, ScheduleSummary, VIOLATION_CODES } from '../../scheduling/index.js';
import { listOf } from './common.schemas.js';

/** Status of a stored version. */
export const ScheduleStatus = z.enum(['draft', 'published', 'superseded', 'discarded']);

/** A stored version as lists show it. */
export const ScheduleVersionOut = z.object({
  id: EntityId,
  friday: IsoDate,
  version: z.number().int().min(1),
  status: ScheduleStatus,
  basedOnId: EntityId.nullable().meta({ description: 'the version published when this one was stored' }),
  createdAt: z.string().meta({ description: 'ISO 8601 instant' }),
  createdBy: z.string(),
  publishedAt: z.string().nullable(),
  violations: z.number().int().min(0).meta({ description: 'hard rules broken when the version was stored (POST …/validate checks again)' }),
  summary: ScheduleSummary,
}).meta({ id: 'ScheduleVersion' });
export type ScheduleVersionOut = z.infer<typeof ScheduleVersionOut>;

/** `{ items: ScheduleVersion[] }`, newest first. */
export const ScheduleVersionList = listOf(ScheduleVersionOut, 'ScheduleVersionList');

/** `GET /schedules` filter. */
export const ScheduleListQuery = z.strictObject({ friday: IsoDate.optional().meta({ description: 'the weekend (its Friday); all weekends without' }) });

/** Which part of the schedule a response holds: all of it, one school's, or one operator's vehicles'. */
export const ScheduleScope = z.enum(['county', 'school', 'operator']);

/** A version with its content in the export format (docs/schedule-format.md), cut to the caller's scope. */
export const ScheduleDetail = ScheduleVersionOut.extend({
  scope: ScheduleScope.meta({ description: '`school`: its runs, slots, transfers and students only; `operator`: its vehicles\' runs, no student ids' }),
  schedule: Schedule,
}).meta({ id: 'ScheduleDetail' });

/** `POST /schedules`: what to plan (the scheduling request: weekend, conditions per date, parameters). */
export const GenerateBody = z.strictObject({
  friday: IsoDate.refine((d) => weekday(d) === 5, 'must be a Friday').meta({ description: 'the weekend\'s Friday' }),
  conditions: z.record(IsoDate, DayConditions).optional().meta({ description: 'weather and closed segments or boat legs per service date; a date not listed is clear' }),
  params: ScheduleParams.optional().meta({ description: 'county policy and search settings; every field has a default' }),
});

/** Why a job failed. */
export const JobErrorOut = z.object({
  code: z.string().meta({ description: '`invalid_input`, `unreachable`, `internal`, `cancelled` (server shut down), `interrupted` (server stopped)' }),
  detail: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** A generate job. */
export const JobOut = z.object({
  id: EntityId,
  friday: IsoDate,
  status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']),
  progress: z.number().min(0).max(1),
  message: z.string().meta({ description: 'the current stage, for people' }),
  scheduleId: EntityId.nullable().meta({ description: 'the stored draft, once succeeded' }),
  error: JobErrorOut.nullable(),
  requestedBy: z.string(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
}).meta({ id: 'ScheduleJob' });
export type JobOut = z.infer<typeof JobOut>;

/** One broken hard rule from the independent validator. */
export const ViolationOut = z.object({
  code: z.enum(VIOLATION_CODES),
  message: z.string(),
  runId: z.string().optional(),
  studentId: z.string().optional(),
  vehicleId: z.string().optional(),
  driverId: z.string().optional(),
  schoolId: z.string().optional(),
}).meta({ id: 'Violation' });

/** `POST /schedules/{id}/validate`. */
export const ValidationReport = z.object({
  scheduleId: EntityId,
  checkedAt: z.string(),
  valid: z.boolean(),
  violations: z.array(ViolationOut),
}).meta({ id: 'ValidationReport' });

/** One change of a school's licensed plan between the published version and this one. */
export const SchoolChangeOut = z.object({
  kind: z.enum(['dismissal', 'run_added', 'run_removed', 'stops', 'times', 'vehicle', 'driver']),
  direction: Direction,
  runId: z.string().optional(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

/** `GET /schedules/{id}/diff`: the permit change list (校车安全管理条例 art. 16) against the published version. */
export const ScheduleDiffOut = z.object({
  scheduleId: EntityId,
  publishedId: EntityId.nullable().meta({ description: 'null: nothing is published for the weekend (or this is the published version)' }),
  schools: z.array(z.object({ schoolId: EntityId, changes: z.array(SchoolChangeOut) })),
  vehiclesToRefile: z.array(EntityId).meta({ description: 'vehicles whose plate (route, times, stops or driver) must be filed again' }),
}).meta({ id: 'ScheduleDiff' });

/** `POST /schedules/{id}/publish`. */
export const PublishOut = ScheduleVersionOut.extend({
  supersededId: EntityId.nullable().meta({ description: 'the version published before, now superseded' }),
}).meta({ id: 'PublishedSchedule' });

/** `{ id }` of a schedule version and its sub-resources. */
export const ScheduleIdParams = z.strictObject({ id: EntityId.meta({ description: 'schedule version id' }) });
