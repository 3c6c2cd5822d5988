import { z } from 'zod';
import { EntityId } from '../../domain/entity-id.js';
import { Direction } from '../../domain/school.js';
import { ReplanEvent, UnservedStudent } from '../../scheduling/index.js';
import { SchoolChangeOut, ScheduleVersionOut, ViolationOut } from './schedule.schemas.js';

/** `POST /schedules/{id}/replan`: the event, and optionally the routing budget. */
export const ReplanBody = z.strictObject({
  event: ReplanEvent.meta({ description: '`vehicle-out` {vehicleId, from?, reason}, `road-closed` {segmentId, from?, to?, reason}, `weather` {date, weather}, `window-changed` {schoolId, direction, dayOffset?, earliest, latest}' }),
  timeLimitS: z.number().min(0.5).max(60).optional().meta({ description: 'routing budget, seconds (default 4, or 0.5 per broken school and direction)' }),
});

/** How one school and direction was repaired. */
const RepairOut = z.object({
  schoolId: EntityId,
  direction: Direction,
  tier: z.enum(['kept', 'retimed', 'rerouted', 'moved', 'replanned']),
  brokenRuns: z.number().int().min(0),
  servedBefore: z.number().int().min(0),
  servedAfter: z.number().int().min(0),
});

/** The change list of a re-plan, per school (students to tell) and per operator (plates to file again). */
const ReplanChangesOut = z.object({
  schools: z.array(z.object({
    schoolId: EntityId,
    changes: z.array(SchoolChangeOut).readonly(),
    affectedStudentIds: z.array(EntityId).readonly(),
    newlyUnserved: z.array(UnservedStudent).readonly(),
  })).readonly(),
  operators: z.array(z.object({
    operatorId: EntityId,
    vehiclesToRefile: z.array(EntityId).readonly(),
    changes: z.array(SchoolChangeOut.extend({ schoolId: EntityId })).readonly(),
  })).readonly(),
  vehiclesToRefile: z.array(EntityId).readonly(),
  studentsAffected: z.number().int().min(0),
});

/** The answer of a re-plan: the stored draft and what changed. */
export const ReplanOut = z.object({
  schedule: ScheduleVersionOut.meta({ description: 'the new draft (based on the published version)' }),
  publishedId: EntityId,
  event: ReplanEvent,
  broken: z.array(z.object({ runId: z.string(), reasons: z.array(z.string()) })).meta({ description: 'published runs the event broke, with the reasons' }),
  repairs: z.array(RepairOut),
  changes: ReplanChangesOut,
  unserved: z.array(UnservedStudent).meta({ description: 'students who had a ride and have none in the draft, with the reason' }),
  runsTotal: z.number().int().min(0),
  runsUnchanged: z.number().int().min(0),
  violations: z.array(ViolationOut).meta({ description: '`validateSchedule` on the draft (empty: every hard rule holds)' }),
  seconds: z.number().min(0),
}).meta({ id: 'ReplanResult' });
