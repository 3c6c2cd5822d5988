import type { Control, PathOptions } from 'leaflet';
import { el, type Child } from '../dom/element.js';
import { t } from '../i18n/i18n.js';
import { L } from './leaflet-global.js';
import { CLOSURE_STYLE, HAZARD_STYLE, PLACE_STYLES, ROAD_STYLES, WATER_AREA_STYLE, WATERWAY_STYLE } from './map-style.js';

/** A short line drawn in a path style, as an inline SVG (no image files, no inline script). */
function lineSwatch(style: PathOptions): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(ns, 'line');
  for (const [name, value] of [['x1', '1'], ['y1', '6'], ['x2', '27'], ['y2', '6'], ['stroke', style.color ?? '#000'],
    ['stroke-width', String(Math.min(style.weight ?? 2, 8))], ['stroke-opacity', String(style.opacity ?? 1)], ['stroke-dasharray', style.dashArray?.toString() ?? '']]) {
    if (value !== '') line.setAttribute(name ?? '', value ?? '');
  }
  svg.appendChild(line);
  return svg;
}

function dotSwatch(style: PathOptions, radius: number): HTMLElement {
  const size = radius * 2 + 2;
  return el('span', {
    class: 'legend-dot', 'aria-hidden': 'true',
    style: `width:${size}px;height:${size}px;background:${style.fillColor ?? '#fff'};border:2px solid ${style.color ?? '#000'}`,
  });
}

function item(swatch: Child, label: string): HTMLElement {
  return el('li', {}, el('span', { class: 'legend-swatch' }, swatch), label);
}

/** The legend's content: road classes, hazards, closures, water, places; `extra` adds rows (schedule runs). */
export function legendContent(extra: readonly HTMLElement[] = []): HTMLElement {
  const kinds = (['village_stop', 'school_gate', 'pier', 'depot'] as const).map((k) => PLACE_STYLES[k]);
  return el(
    'details', { class: 'map-legend', id: 'map-legend', open: window.innerWidth >= 700 },
    el('summary', {}, t('map.legend')),
    el(
      'ul', {},
      ...ROAD_STYLES.map((r) => item(lineSwatch(r.style), t(r.label))),
      item(lineSwatch(HAZARD_STYLE), t('map.hazard')),
      item(lineSwatch(CLOSURE_STYLE), t('map.closure')),
      item(el('span', { class: 'legend-area', style: `background:${WATER_AREA_STYLE.fillColor ?? ''};border-color:${WATER_AREA_STYLE.color ?? ''}` }), t('map.reservoir')),
      item(lineSwatch(WATERWAY_STYLE), t('map.waterway')),
      ...kinds.map((k) => item(dotSwatch(k.style, k.radius), t(k.label))),
      ...extra,
    ),
  );
}

/** The legend as a Leaflet control in the map's bottom-right corner. */
export function legendControl(content: HTMLElement): Control {
  const control = new L.Control({ position: 'bottomright' });
  control.onAdd = () => {
    L.DomEvent.disableClickPropagation(content);
    L.DomEvent.disableScrollPropagation(content);
    return content;
  };
  return control;
}
