/**
 * Compliance of vehicles and drivers for school transport: pure rules of records + date (status,
 * `allowedOn` for the scheduler, plate blockers) and the database services that change the records
 * with an audit entry in the same transaction. See README.md for the rules and their sources.
 */
export { addMonths, addYears, completedYears } from './dates/add-months.js';
export { plateBlockers, plateDriverBlockers, type PlateGrant } from './plates/plate-blockers.js';
export { REASON_CATALOGUE, REASON_CODES } from './reasons/reason-catalogue.js';
export { reason, type Reason, type ReasonCode, type Severity } from './reasons/reason.js';
export { DEFAULT_EXPIRING_WITHIN_DAYS, type ComplianceRecords, type StatusOptions } from './records.js';
export { driverReasons, DRIVER_RULES, firstAllowedDay, lastAllowedDay, experiencedFrom } from './rules/driver-rule.js';
export { INSPECTION_VALIDITY_MONTHS, inspectionReasons, inspectionValidThrough, latestInspection } from './rules/inspection-rule.js';
export { coveredThrough, insuranceReasons, REQUIRED_INSURANCE } from './rules/insurance-rule.js';
export { licencePermits, PERMITTED_CLASSES, vehicleCategory, type VehicleCategory } from './rules/licence-class-rule.js';
export { currentPlate, plateAllowsOn, plateReasons } from './rules/plate-rule.js';
export { rectificationReasons } from './rules/rectification-rule.js';
export { allowedOn, type AllowedFleet, type AllowedVehicle, type ExcludedVehicle } from './status/allowed-on.js';
export { stateOf, type ComplianceState } from './status/compliance-state.js';
export { driverStatus, type DriverCompliance } from './status/driver-status.js';
export { fleetStatus, type FleetStatus } from './status/fleet-status.js';
export { vehicleStatus, type VehicleCompliance } from './status/vehicle-status.js';
export { closeRectification, type CloseRectificationInput } from './services/close-rectification.js';
export { importComplianceCsv, type CsvImportResult } from './services/csv-import/import-compliance-csv.js';
export { issuePlate, type IssuePlateInput } from './services/issue-plate.js';
export { reinstatePlate, revokePlate, suspendPlate, type PlateStatusChange, type PlateStatusInput } from './services/plate-status-changes.js';
export { PlateRefused } from './services/plate-refused.js';
export {
  DEFAULT_RECTIFICATION_DUE_DAYS, recordInspection, type InspectionInput, type InspectionPolicy, type RecordedInspection,
} from './services/record-inspection.js';
export { renewPlate, type RenewPlateInput } from './services/renew-plate.js';
export { listRunsNeedingReplan, type ReplanRun } from './services/runs-needing-replan.js';
export { updateDriver, type UpdateDriverInput } from './services/update-driver.js';
export { upsertInsurance, type InsuranceInput } from './services/upsert-insurance.js';
export { changePlateDriver, type ChangePlateDriverInput } from './services/change-plate-driver.js';
