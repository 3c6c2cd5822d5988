import type { LayerGroup, Polyline } from 'leaflet';
import type { PlaceCollection } from '../api/geography-types.js';
import { el, table } from '../dom/element.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import { L } from '../map/leaflet-global.js';
import type { RunPathCollection, Schedule, ScheduleRun } from './schedule-types.js';
import { clockOf } from './weekend-time.js';

/** Names and positions of places, by id. */
export type PlaceIndex = ReadonlyMap<string, { readonly nameZh: string; readonly lat: number; readonly lon: number }>;

/** Indexes the county's places. */
export function placeIndex(places: PlaceCollection): PlaceIndex {
  return new Map(places.features.map((f) => [f.properties.id, { nameZh: f.properties.nameZh, lon: f.geometry.coordinates[0] ?? 0, lat: f.geometry.coordinates[1] ?? 0 }]));
}

/** A run's stops with arrival and departure times and boarding counts. */
export function runStopsTable(run: ScheduleRun, places: PlaceIndex): HTMLElement {
  return table(
    [t('schedule.stop'), t('schedule.arrive'), t('schedule.depart'), t('schedule.boarding'), t('schedule.alighting')],
    run.stops.map((s) => [places.get(s.placeId)?.nameZh ?? s.placeId, clockOf(s.arriveS), clockOf(s.departS), s.boarding, s.alighting]),
    { class: 'run-stops' },
  );
}

/** The runs drawn on a map, and a way to point at one (from the timeline). */
export interface RunLayer {
  readonly group: LayerGroup;
  /** Brings a run's line to the front and opens its stops. */
  open(runId: string): void;
  /** Redraws the runs along the roads they take; runs left out of `paths` stay straight. */
  follow(paths: RunPathCollection): void;
}

/**
 * The schedule's runs on the map, coloured per school: first straight segments between consecutive stops
 * (the export format carries stops, not road geometry), then, once `follow` gets them, the roads and
 * waterways each run takes. Clicking a run shows its stops with times. Places
 * with unserved students get a red ring whose tooltip gives how many and why.
 */
export function runLayer(schedule: Schedule, places: PlaceIndex, colours: ReadonlyMap<string, string>, schoolName: (id: string) => string): RunLayer {
  const group = L.layerGroup();
  const lines = new Map<string, Polyline>();
  const registration = new Map(schedule.vehicles.map((v) => [v.id, v.registrationNo]));
  for (const run of schedule.runs) {
    const points = run.stops.flatMap((s) => {
      const p = places.get(s.placeId);
      return p === undefined ? [] : [L.latLng(p.lat, p.lon)];
    });
    if (points.length < 2) continue;
    const colour = colours.get(run.schoolId) ?? '#333';
    const line = L.polyline(points, { color: colour, weight: 4, opacity: 0.9, dashArray: run.mode === 'boat' ? '8 6' : undefined, className: `run-line run-${run.id}` })
      .bindPopup(() => el('div', { class: 'run-popup', 'data-run': run.id },
        el('strong', {}, t('schedule.runPopup', { school: schoolName(run.schoolId), vehicle: registration.get(run.vehicleId) ?? run.vehicleId, direction: t(`direction.${run.direction}`) })),
        runStopsTable(run, places)), { maxWidth: 420 })
      .addTo(group);
    lines.set(run.id, line);
  }
  const unservedAt = new Map<string, Map<string, number>>();
  for (const u of schedule.unserved) {
    if (u.placeId === null) continue;
    const reasons = unservedAt.get(u.placeId) ?? new Map<string, number>();
    reasons.set(u.reasonCode, (reasons.get(u.reasonCode) ?? 0) + 1);
    unservedAt.set(u.placeId, reasons);
  }
  for (const [placeId, reasons] of unservedAt) {
    const p = places.get(placeId);
    if (p === undefined) continue;
    const why = [...reasons].map(([code, count]) => `${count} × ${t(`unserved.${code}` as MessageKey)}`).join('; ');
    L.circleMarker(L.latLng(p.lat, p.lon), { radius: 10, color: '#d00000', weight: 3, fill: false, className: 'unserved-place' })
      .bindTooltip(`${p.nameZh}: ${why}`, { direction: 'top' }).addTo(group);
  }
  return {
    group,
    open: (runId) => {
      const line = lines.get(runId);
      if (line === undefined) return;
      line.bringToFront();
      line.openPopup();
    },
    follow: (paths) => {
      for (const f of paths.features) {
        const line = lines.get(f.properties.runId);
        if (line === undefined || f.geometry.coordinates.length < 2) continue;
        line.setLatLngs(f.geometry.coordinates.map(([lon, lat]) => L.latLng(lat, lon)));
        line.getElement()?.classList.add('run-routed');
      }
    },
  };
}
