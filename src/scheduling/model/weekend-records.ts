import type { Inspection, Insurance, Plate, Rectification } from '../../domain/compliance-records.js';
import type { Driver, Vehicle } from '../../domain/fleet.js';
import type { Place } from '../../domain/place.js';
import type { RoadSegment } from '../../domain/road-segment.js';
import type { School, SchoolWindow } from '../../domain/school.js';
import type { Student } from '../../domain/student.js';
import type { WaterwayLeg } from '../../domain/waterway-leg.js';

/**
 * The county records a weekend schedule is planned from and checked against: a subset of
 * `loadCountyRecords` (and of a `Dataset`), narrow enough for a test to build by hand.
 */
export interface WeekendRecords {
  readonly places: readonly Place[];
  readonly roads: readonly RoadSegment[];
  readonly waterways: readonly WaterwayLeg[];
  readonly schools: readonly School[];
  readonly schoolWindows: readonly SchoolWindow[];
  readonly students: readonly Student[];
  readonly vehicles: readonly Vehicle[];
  readonly drivers: readonly Driver[];
  readonly inspections: readonly Inspection[];
  readonly rectifications: readonly Rectification[];
  readonly insurance: readonly Insurance[];
  readonly plates: readonly Plate[];
}
