import type { ApiClient } from '../api/api-client.js';
import { query } from '../api/api-client.js';
import type { ItemList } from '../api/geography-types.js';
import type { RunList, RunPathCollection, ScheduleDetail, ScheduleDiff, ScheduleJob, ScheduleVersion, SchoolTimetable, ValidationReport } from './schedule-types.js';

/** Weather of a service day, as the scheduling request names it. */
export type Weather = 'clear' | 'rain' | 'fog' | 'snow';

/**
 * Every schedule endpoint the pages call, in one place (docs/api.md, "Schedules"): generate (202 with the
 * job), follow the job, list, show, its runs along the roads, validate, diff, publish, a school's timetable with its CSV and
 * iCalendar files, the runs of the caller's vehicles.
 */
export const scheduleApi = {
  /** Starts a generate job; `closed` sections are closed on both days (the domain's `ClosedLink`). */
  generate: (api: ApiClient, friday: string, sunday: string, weather: { friday: Weather; sunday: Weather }, closed: readonly { id: string; reason: string }[]) =>
    api.send<ScheduleJob>('POST', '/api/v1/schedules', {
      friday, conditions: { [friday]: { weather: weather.friday, closed }, [sunday]: { weather: weather.sunday, closed } },
    }),
  job: (api: ApiClient, jobId: string) => api.get<ScheduleJob>(`/api/v1/jobs/${encodeURIComponent(jobId)}`),
  list: (api: ApiClient, friday: string) => api.get<ItemList<ScheduleVersion>>(`/api/v1/schedules${query({ friday })}`),
  show: (api: ApiClient, id: string) => api.get<ScheduleDetail>(`/api/v1/schedules/${encodeURIComponent(id)}`),
  /** The version's runs along the roads (cut to the caller). */
  paths: (api: ApiClient, id: string) => api.get<RunPathCollection>(`/api/v1/schedules/${encodeURIComponent(id)}/paths`),
  validate: (api: ApiClient, id: string) => api.send<ValidationReport>('POST', `/api/v1/schedules/${encodeURIComponent(id)}/validate`),
  diff: (api: ApiClient, id: string) => api.get<ScheduleDiff>(`/api/v1/schedules/${encodeURIComponent(id)}/diff`),
  publish: (api: ApiClient, id: string) => api.send<ScheduleVersion & { supersededId: string | null }>('POST', `/api/v1/schedules/${encodeURIComponent(id)}/publish`),
  schoolTimetable: (api: ApiClient, schoolId: string, friday: string) =>
    api.get<SchoolTimetable>(`/api/v1/schools/${encodeURIComponent(schoolId)}/timetable${query({ friday })}`),
  schoolCsvPath: (schoolId: string, friday: string) => `/api/v1/schools/${encodeURIComponent(schoolId)}/timetable.csv${query({ friday })}`,
  schoolIcalPath: (schoolId: string, friday: string) => `/api/v1/schools/${encodeURIComponent(schoolId)}/timetable.ics${query({ friday })}`,
  /** Runs of the caller's vehicles (an operator sees only its own). */
  runs: (api: ApiClient, friday: string) => api.get<RunList>(`/api/v1/runs${query({ friday })}`),
};
