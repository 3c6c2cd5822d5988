import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import { daysBetween } from '../../domain/calendar.js';
import { DAY_S, type Schedule, type ScheduleRun } from '../../scheduling/index.js';

/** What a feed needs besides the schedule: the agency, the places, the schools' names and the version. */
export interface GtfsContext {
  readonly countyId: number;
  readonly countyNameZh: string;
  /** GTFS `agency_timezone`: the county's (Asia/Shanghai). */
  readonly timeZone: string;
  /** `agency_url` and `feed_publisher_url`: where the feed was fetched from. */
  readonly url: string;
  readonly places: ReadonlyMap<string, { readonly nameZh: string; readonly lat: number; readonly lon: number }>;
  readonly schoolNames: ReadonlyMap<string, string>;
  /** The version's id and number (`feed_version`). */
  readonly scheduleId: string;
  readonly version: number;
}

/** GTFS route types (reference: routes.txt): 3 bus, 4 ferry. */
const ROUTE_TYPE = { bus: 3, boat: 4 } as const;

const compactDate = (d: string): string => d.replace(/-/g, '');
const serviceIdOf = (date: string): string => `D${compactDate(date)}`;
const routeIdOf = (r: ScheduleRun): string => `${r.schoolId}-${r.mode}`;

/**
 * GTFS time of a weekend time on a run's service date: seconds after that date's midnight (local noon
 * minus 12 h; China has no daylight saving), `H:MM:SS`, hours past 24 for a run that crosses midnight.
 */
function gtfsTime(friday: string, serviceDate: string, weekendS: number): string {
  const s = weekendS - daysBetween(friday, serviceDate) * DAY_S;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

function csv(columns: readonly string[], rows: readonly (readonly (string | number)[])[]): Uint8Array {
  return strToU8(stringify(rows.map((r) => [...r]), { header: true, columns: [...columns], record_delimiter: 'windows' }));
}

function tripFiles(s: Schedule, g: GtfsContext): { trips: (string | number)[][]; stopTimes: (string | number)[][] } {
  const trips = s.runs.map((r) => [
    routeIdOf(r), serviceIdOf(r.serviceDate), r.id, g.places.get(r.stops.at(-1)?.placeId ?? '')?.nameZh ?? '', r.direction === 'home' ? 0 : 1,
    // One block per vehicle duty: the runs one vehicle drives in turn that day (the staggered dismissals).
    `duty-${r.dutyNo}-${r.vehicleId}`,
  ]);
  const stopTimes = s.runs.flatMap((r) => r.stops.map((st, k) => [
    r.id, gtfsTime(s.friday, r.serviceDate, st.arriveS), gtfsTime(s.friday, r.serviceDate, st.departS), st.placeId, k + 1,
    st.boarding > 0 ? 0 : 1, st.alighting > 0 ? 0 : 1, 1,
  ]));
  return { trips, stopTimes };
}

/**
 * A schedule version as a GTFS static feed (zip): agency, stops (every stop and pier the runs use),
 * routes (one per school and mode: route_type 3 bus, 4 ferry), trips (one per run, `block_id` per
 * vehicle duty, `service_id` per service date), stop_times (pickup only where students board, drop-off
 * only where they alight), calendar_dates and feed_info. Every id a file names is defined by another.
 */
export function gtfsFeed(s: Schedule, g: GtfsContext): Uint8Array {
  const agencyId = `county-${g.countyId}`;
  const placeIds = [...new Set(s.runs.flatMap((r) => r.stops.map((st) => st.placeId)))].sort();
  const routes = [...new Map(s.runs.map((r) => [routeIdOf(r), r])).values()].sort((a, b) => (routeIdOf(a) < routeIdOf(b) ? -1 : 1));
  const dates = [...new Set(s.runs.map((r) => r.serviceDate))].sort();
  const { trips, stopTimes } = tripFiles(s, g);
  const files = {
    'agency.txt': csv(['agency_id', 'agency_name', 'agency_url', 'agency_timezone', 'agency_lang'], [[agencyId, `${g.countyNameZh}学生周末接送`, g.url, g.timeZone, 'zh']]),
    'stops.txt': csv(['stop_id', 'stop_name', 'stop_lat', 'stop_lon', 'location_type'], placeIds.map((id) => {
      const p = g.places.get(id);
      return [id, p?.nameZh ?? id, p?.lat.toFixed(6) ?? '', p?.lon.toFixed(6) ?? '', 0];
    })),
    'routes.txt': csv(['route_id', 'agency_id', 'route_short_name', 'route_long_name', 'route_type'], routes.map((r) => [
      routeIdOf(r), agencyId, r.schoolId, `${g.schoolNames.get(r.schoolId) ?? r.schoolId} ${r.mode === 'bus' ? '校车' : '渡船'}`, ROUTE_TYPE[r.mode],
    ])),
    'trips.txt': csv(['route_id', 'service_id', 'trip_id', 'trip_headsign', 'direction_id', 'block_id'], trips),
    'stop_times.txt': csv(['trip_id', 'arrival_time', 'departure_time', 'stop_id', 'stop_sequence', 'pickup_type', 'drop_off_type', 'timepoint'], stopTimes),
    'calendar_dates.txt': csv(['service_id', 'date', 'exception_type'], dates.map((d) => [serviceIdOf(d), compactDate(d), 1])),
    'feed_info.txt': csv(['feed_publisher_name', 'feed_publisher_url', 'feed_lang', 'feed_start_date', 'feed_end_date', 'feed_version'], [[
      `${g.countyNameZh} weekend-shuttle`, g.url, 'zh', compactDate(dates[0] ?? s.friday), compactDate(dates.at(-1) ?? s.friday), `${g.scheduleId} v${g.version}`,
    ]]),
  };
  return zipSync(files, { level: 6, mtime: new Date(`${s.friday}T00:00:00Z`) });
}
