
import { el, replaceChildren } from '../../dom/element.js';
import { t } from '../../i18n/i18n.js';
import type { CountyMap } from '../../map/county-map.js';
import { dismissalTimeline } from '../../schedule/dismissal-timeline.js';
import { runLayer, type PlaceIndex, type RunLayer } from '../../schedule/run-layer.js';
import { schoolColours } from '../../schedule/school-colours.js';
import type { RunPathCollection, ScheduleDetail } from '../../schedule/schedule-types.js';
import { unservedList } from '../../schedule/unserved-list.js';
import { minutesOf } from '../../schedule/weekend-time.js';

/** What showing a schedule needs from the page. */
export interface ScheduleViewContext {
  readonly map: CountyMap;
  readonly places: PlaceIndex;
  readonly schoolName: (id: string) => string;
  /** The runs of a version along the roads; absent, runs stay straight lines between stops. */
  readonly paths?: (scheduleId: string) => Promise<RunPathCollection>;
}

function legendRows(colours: ReadonlyMap<string, string>, schoolName: (id: string) => string): HTMLElement[] {
  return [
    el('li', { class: 'legend-runs-title' }, el('strong', {}, t('schedule.legendRuns'))),
    ...[...colours].map(([id, colour]) => el('li', { class: 'legend-run' },
      el('span', { class: 'legend-swatch' }, el('span', { class: 'legend-bar', style: `background:${colour}` })), schoolName(id))),
    el('li', { class: 'legend-run' }, el('span', { class: 'legend-swatch' }, el('span', { class: 'legend-ring' })), t('schedule.legendUnserved')),
  ];
}

/** Shows one schedule version at a time on a page's map and in its panel. */
export interface ScheduleView {
  show(detail: ScheduleDetail, box: HTMLElement): void;
  /** A school's name for its id (the id when unknown). */
  readonly schoolName: (id: string) => string;
}

/**
 * A view for a page: `show` puts a version's runs on the map (coloured per school, along the roads once their paths
 * arrive, stops with times on click; the previous version's runs are removed), adds the schools' colours to the legend, and fills
 * `box` with the summary, unserved students and the dismissal timeline.
 */
export function scheduleView(view: ScheduleViewContext): ScheduleView {
  let shown: RunLayer | null = null;
  return {
    schoolName: view.schoolName,
    show: (detail, box) => {
      const schedule = detail.schedule;
      const colours = schoolColours(schedule.runs.map((r) => r.schoolId));
      shown?.group.remove();
      const runs = runLayer(schedule, view.places, colours, view.schoolName);
      runs.group.addTo(view.map.map);
      shown = runs;
      // The road paths take a worker about a second the first time: draw straight lines now, follow the
      // roads when they come (unless another version is shown by then); without them the lines stay.
      view.paths?.(detail.id).then((paths) => {
        if (shown === runs) runs.follow(paths);
      }).catch(() => undefined);
      const list = view.map.legend.querySelector('ul');
      list?.querySelectorAll('.legend-run, .legend-runs-title').forEach((n) => n.remove());
      list?.append(...legendRows(colours, view.schoolName));
      const s = schedule.summary;
      replaceChildren(box,
        el('h3', {}, t('schedule.version', { version: detail.version }), ' · ', t(`schedule.status.${detail.status}`)),
        el('p', { id: 'schedule-summary' }, t('schedule.summary', {
          need: s.studentsNeedingRide, home: s.servedHome, back: s.servedReturn, used: s.vehiclesUsed, available: s.vehiclesAvailable,
          runs: s.runs, km: Math.round(s.totalKm), ride: minutesOf(s.longestRideS),
        })),
        el('h3', {}, t('schedule.unserved')), unservedList(schedule, view.schoolName),
        el('h3', {}, t('schedule.timeline')), dismissalTimeline(schedule, colours, view.schoolName, (runId) => runs.open(runId)));
    },
  };
}
