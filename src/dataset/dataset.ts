import { z } from 'zod';
import { IsoDate } from '../domain/calendar.js';
import type { ChecklistItem, Inspection, InspectionItemResult, Insurance, Plate, Rectification } from '../domain/compliance-records.js';
import { County } from '../domain/county.js';
import type { Driver, Operator, Vehicle } from '../domain/fleet.js';
import type { Place } from '../domain/place.js';
import type { RoadSegment } from '../domain/road-segment.js';
import type { School, SchoolWindow } from '../domain/school.js';
import type { Student } from '../domain/student.js';
import type { Township } from '../domain/township.js';
import type { WaterwayLeg } from '../domain/waterway-leg.js';

/** `dataset.json`: which county the files describe, and the demo weekend they are calibrated for. */
export const DatasetManifest = z.object({
  county: County,
  /** The Friday of the demonstration weekend (compliance states are seeded around it). */
  demoFriday: IsoDate,
  /** Seed the synthetic part was generated with. */
  seed: z.number().int(),
  generatedBy: z.string(),
});
export type DatasetManifest = z.infer<typeof DatasetManifest>;

/** A GeoJSON geometry kept for the map only (county boundary, reservoir surface). */
export const MapGeometry = z.object({
  type: z.enum(['Polygon', 'MultiPolygon']),
  coordinates: z.array(z.unknown()),
});
export type MapGeometry = z.infer<typeof MapGeometry>;

/** Everything a county's files hold, validated and cross-checked. */
export interface Dataset {
  readonly manifest: DatasetManifest;
  readonly boundary: MapGeometry;
  readonly townships: readonly Township[];
  readonly places: readonly Place[];
  readonly roads: readonly RoadSegment[];
  readonly waterways: readonly WaterwayLeg[];
  readonly schools: readonly School[];
  readonly schoolWindows: readonly SchoolWindow[];
  readonly students: readonly Student[];
  readonly operators: readonly Operator[];
  readonly vehicles: readonly Vehicle[];
  readonly drivers: readonly Driver[];
  readonly checklist: readonly ChecklistItem[];
  readonly inspections: readonly Inspection[];
  readonly inspectionItems: readonly InspectionItemResult[];
  readonly rectifications: readonly Rectification[];
  readonly insurance: readonly Insurance[];
  readonly plates: readonly Plate[];
}
