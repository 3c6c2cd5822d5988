import { z } from 'zod';
import { IsoDate } from '../../domain/calendar.js';
import { EntityId } from '../../domain/entity-id.js';
import { DismissalTime, RunStop, ScheduleRun } from '../../scheduling/index.js';
import { ScheduleStatus } from './schedule.schemas.js';

/** A run with the names people read: vehicle registration, plate number, driver, stop names. */
export const TimetableRun = ScheduleRun.omit({ stops: true }).extend({
  registrationNo: z.string(),
  plateNo: z.string().nullable().meta({ description: 'the 校车标牌 active for the vehicle on the service date, if any' }),
  driverName: z.string(),
  stops: z.array(RunStop.extend({ nameZh: z.string() })),
}).meta({ id: 'TimetableRun' });
export type TimetableRun = z.infer<typeof TimetableRun>;

/** A school's weekend: its dismissal time and Sunday arrival deadline, its runs with stops and times. */
export const SchoolTimetable = z.object({
  schoolId: EntityId,
  schoolNameZh: z.string(),
  friday: IsoDate,
  scheduleId: EntityId,
  version: z.number().int().min(1),
  status: ScheduleStatus,
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  dismissals: z.array(DismissalTime).meta({ description: 'home: the dismissal slot; return: the latest arrival at the gate' }),
  runs: z.array(TimetableRun),
}).meta({ id: 'SchoolTimetable' });
export type SchoolTimetable = z.infer<typeof SchoolTimetable>;

/** Which weekend and, optionally, which version (default: the weekend's published one). */
export const TimetableQuery = z.strictObject({
  friday: IsoDate.meta({ description: 'the weekend (its Friday)' }),
  schedule: EntityId.optional().meta({ description: 'a version id of that weekend instead of the published one (drafts: coordinators and inspectors only)' }),
});

/** `GET /runs`: runs of the caller's vehicles in one version. */
export const RunList = z.object({
  friday: IsoDate,
  scheduleId: EntityId,
  items: z.array(TimetableRun),
}).meta({ id: 'RunList' });

/** `GET /runs` filters. */
export const RunQuery = TimetableQuery.extend({
  vehicleId: EntityId.optional().meta({ description: 'only this vehicle\'s runs' }),
});
