import type { ScheduleJobRow } from '../../db/repositories/schedule-job.repository.js';
import type { JobOut } from '../schemas/schedule.schemas.js';

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

/** A job row as `GET /api/v1/jobs/{id}` shows it. */
export function jobOut(row: ScheduleJobRow): JobOut {
  const error = row.error as JobOut['error'];
  return {
    id: row.id, friday: row.friday, status: row.status as JobOut['status'], progress: Number(row.progress), message: row.message,
    scheduleId: row.schedule_id, error: error ?? null, requestedBy: row.requested_by,
    createdAt: iso(row.created_at) ?? '', startedAt: iso(row.started_at), finishedAt: iso(row.finished_at),
  };
}
