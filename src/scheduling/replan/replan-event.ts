import { z } from 'zod';
import { ClockTime, clockToSeconds, IsoDate } from '../../domain/calendar.js';
import { Weather } from '../../domain/conditions.js';
import { EntityId } from '../../domain/entity-id.js';
import { InvalidInput } from '../../domain/errors.js';
import { Direction } from '../../domain/school.js';

/** An instant with its offset (`2026-12-04T16:00:00+08:00`), or a date meaning its local midnight. */
const Instant = z.union([z.iso.datetime({ offset: true }), IsoDate]);

/** A vehicle breaks down or its plate is suspended: none of its runs from `from` on may go ahead. */
export const VehicleOutEvent = z.object({
  kind: z.literal('vehicle-out'),
  vehicleId: EntityId,
  /** From when (absent = the whole weekend); runs that start earlier keep the vehicle. */
  from: Instant.nullable().default(null),
  reason: z.string().min(1),
});

/** A road segment or boat leg is closed (landslide, flood warning) from `from` to `to` (absent = open-ended). */
export const RoadClosedEvent = z.object({
  kind: z.literal('road-closed'),
  /** A road segment id or a waterway leg id. */
  segmentId: EntityId,
  from: z.iso.datetime({ offset: true }).nullable().default(null),
  to: z.iso.datetime({ offset: true }).nullable().default(null),
  reason: z.string().min(1),
}).refine((e) => e.from === null || e.to === null || Date.parse(e.from) < Date.parse(e.to), { message: 'to must be after from', path: ['to'] });

/** The forecast for one service date changes (rain, fog, snow cap loaded speed at 20 km/h). */
export const WeatherEvent = z.object({
  kind: z.literal('weather'),
  date: IsoDate,
  weather: Weather,
});

/**
 * A school changes its dismissal (home) or arrival (return) window: the window of that direction on
 * `dayOffset` (absent = the day of the school's current slot) becomes [earliest, latest].
 */
export const WindowChangedEvent = z.object({
  kind: z.literal('window-changed'),
  schoolId: EntityId,
  direction: Direction,
  dayOffset: z.number().int().min(-2).max(3).optional(),
  earliest: ClockTime,
  latest: ClockTime,
}).refine((e) => clockToSeconds(e.earliest) <= clockToSeconds(e.latest), { message: 'earliest must not be after latest', path: ['latest'] });

/** Something that happens after a schedule is published; `kind` tells which. */
export const ReplanEvent = z.discriminatedUnion('kind', [VehicleOutEvent, RoadClosedEvent, WeatherEvent, WindowChangedEvent]);
export type ReplanEvent = z.infer<typeof ReplanEvent>;
/** An event as a caller may write it (defaults left out). */
export type ReplanEventInput = z.input<typeof ReplanEvent>;
/** The four kinds of event. */
export const EVENT_KINDS = ['vehicle-out', 'road-closed', 'weather', 'window-changed'] as const;

/** Parses an event, throwing `InvalidInput` that names every bad field (`event.vehicleId: …`). */
export function parseReplanEvent(input: unknown): ReplanEvent {
  const parsed = ReplanEvent.safeParse(input);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => ({ field: ['event', ...i.path].join('.'), message: i.message }));
  throw new InvalidInput(`replan: invalid event (${details.map((d) => `${d.field}: ${d.message}`).join('; ')}); kinds: ${EVENT_KINDS.join(', ')}`, details);
}

/** A one-line description of an event for people. */
export function describeEvent(e: ReplanEvent): string {
  switch (e.kind) {
    case 'vehicle-out': return `vehicle ${e.vehicleId} out${e.from === null ? '' : ` from ${e.from}`} (${e.reason})`;
    case 'road-closed': return `${e.segmentId} closed${e.from === null ? '' : ` from ${e.from}`}${e.to === null ? '' : ` to ${e.to}`} (${e.reason})`;
    case 'weather': return `${e.weather} on ${e.date}`;
    case 'window-changed': return `${e.schoolId} ${e.direction} window now ${e.earliest}–${e.latest}${e.dayOffset === undefined ? '' : ` (day ${e.dayOffset})`}`;
  }
}
