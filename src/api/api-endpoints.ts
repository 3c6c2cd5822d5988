import type { AnyEndpoint } from './endpoint/endpoint.js';
import { checklistRouter } from './routers/checklist.router.js';
import { complianceRouter } from './routers/compliance.router.js';
import { countyRouter } from './routers/county.router.js';
import { driversRouter } from './routers/drivers.router.js';
import { importsRouter } from './routers/imports.router.js';
import { inspectionsRouter } from './routers/inspections.router.js';
import { insuranceRouter } from './routers/insurance.router.js';
import { jobsRouter } from './routers/jobs.router.js';
import { meRouter } from './routers/me.router.js';
import { networkRouter } from './routers/network.router.js';
import { operatorsRouter } from './routers/operators.router.js';
import { placesRouter } from './routers/places.router.js';
import { plateActionsRouter } from './routers/plate-actions.router.js';
import { platesRouter } from './routers/plates.router.js';
import { rectificationsRouter } from './routers/rectifications.router.js';
import { replanRouter } from './routers/replan.router.js';
import { runPathsRouter } from './routers/run-paths.router.js';
import { runsRouter } from './routers/runs.router.js';
import { scheduleActionsRouter } from './routers/schedule-actions.router.js';
import { scheduleExportsRouter } from './routers/schedule-exports.router.js';
import { schedulesRouter } from './routers/schedules.router.js';
import { schoolsRouter } from './routers/schools.router.js';
import { studentsRouter } from './routers/students.router.js';
import { systemRouter } from './routers/system.router.js';
import { timetablesRouter } from './routers/timetables.router.js';
import { vehiclesRouter } from './routers/vehicles.router.js';

/**
 * The endpoint table: every route of the API, one router (array of rows) per resource. Adding a
 * resource means adding its router here; the routes, the OpenAPI document, the docs page and the
 * role-by-endpoint tests all follow from this list.
 */
export const API_ENDPOINTS: readonly AnyEndpoint[] = [
  ...systemRouter,
  ...meRouter,
  ...countyRouter,
  ...placesRouter,
  ...networkRouter,
  ...schoolsRouter,
  ...studentsRouter,
  ...operatorsRouter,
  ...vehiclesRouter,
  ...driversRouter,
  ...complianceRouter,
  ...checklistRouter,
  ...inspectionsRouter,
  ...rectificationsRouter,
  ...platesRouter,
  ...plateActionsRouter,
  ...insuranceRouter,
  ...importsRouter,
  ...schedulesRouter,
  ...scheduleActionsRouter,
  ...replanRouter,
  ...scheduleExportsRouter,
  ...runPathsRouter,
  ...jobsRouter,
  ...timetablesRouter,
  ...runsRouter,
];
