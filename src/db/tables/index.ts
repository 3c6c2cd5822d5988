import type { ChecklistItemTable, InspectionItemTable, InspectionTable, InsuranceTable, PlateTable, RectificationTable } from './compliance.table.js';
import type { ApiTokenTable, AuditLogTable, CountyTable, PlaceTable, RoadSegmentTable, TownshipTable, WaterwayLegTable } from './geography.table.js';
import type { DriverTable, OperatorTable, SchoolTable, SchoolWindowTable, StudentTable, VehicleTable } from './people.table.js';
import type {
  DismissalSlotTable,
  RunStopTable,
  ScheduleJobTable,
  ScheduleRunTable,
  ScheduleTable,
  ScheduleTransferTable,
  ScheduleUnservedTable,
  StudentAssignmentTable,
} from './schedule.table.js';

export type * from './compliance.table.js';
export type * from './geography.table.js';
export type * from './people.table.js';
export type * from './schedule.table.js';

/** The whole database as kysely sees it: table name → row type. Mirrors `migrations/`. */
export interface Database {
  county: CountyTable;
  township: TownshipTable;
  place: PlaceTable;
  road_segment: RoadSegmentTable;
  waterway_leg: WaterwayLegTable;
  school: SchoolTable;
  school_window: SchoolWindowTable;
  student: StudentTable;
  operator: OperatorTable;
  vehicle: VehicleTable;
  driver: DriverTable;
  checklist_item: ChecklistItemTable;
  inspection: InspectionTable;
  inspection_item: InspectionItemTable;
  rectification: RectificationTable;
  plate: PlateTable;
  insurance: InsuranceTable;
  schedule: ScheduleTable;
  dismissal_slot: DismissalSlotTable;
  schedule_run: ScheduleRunTable;
  run_stop: RunStopTable;
  schedule_transfer: ScheduleTransferTable;
  student_assignment: StudentAssignmentTable;
  schedule_unserved: ScheduleUnservedTable;
  schedule_job: ScheduleJobTable;
  audit_log: AuditLogTable;
  api_token: ApiTokenTable;
}
