import { ChecklistItem, Insurance, Inspection, InspectionItemResult, Plate, Rectification } from '../domain/compliance-records.js';
import { Driver, Operator, Vehicle } from '../domain/fleet.js';
import { Place } from '../domain/place.js';
import { School, SchoolWindow } from '../domain/school.js';
import { Student } from '../domain/student.js';
import { Township } from '../domain/township.js';
import { columns, type TableCodec } from './table-codec.js';

/** `townships.csv`: the 20 townships with official codes and seat points (real). */
export const TOWNSHIPS: TableCodec<Township> = {
  file: 'townships.csv',
  schema: Township,
  columns: columns({ id: 'string', countyId: 'int', nameZh: 'string', namePinyin: 'string', lon: 'number', lat: 'number' }),
};

/** `places.csv`: village stops, school gates, piers, depots and bus stations. */
export const PLACES: TableCodec<Place> = {
  file: 'places.csv',
  schema: Place,
  columns: columns({
    id: 'string',
    countyId: 'int',
    kind: 'string',
    nameZh: 'string',
    townshipId: 'string',
    lon: 'number',
    lat: 'number',
    access: 'string',
    villageCode: 'string-or-empty',
  }),
};

/** `schools.csv`. */
export const SCHOOLS: TableCodec<School> = {
  file: 'schools.csv',
  schema: School,
  columns: columns({
    id: 'string',
    countyId: 'int',
    nameZh: 'string',
    level: 'string',
    townshipId: 'string',
    gatePlaceId: 'string',
    boarders: 'int',
    runsShuttle: 'bool',
    nameSource: 'string',
  }),
};

/** `school-windows.csv`: allowed dismissal (home) and arrival (return) windows per school. */
export const SCHOOL_WINDOWS: TableCodec<SchoolWindow> = {
  file: 'school-windows.csv',
  schema: SchoolWindow,
  columns: columns({
    schoolId: 'string',
    countyId: 'int',
    direction: 'string',
    dayOffset: 'int',
    earliest: 'string',
    latest: 'string',
    preference: 'int',
  }),
};

/** `students.csv`: anonymous boarding students. */
export const STUDENTS: TableCodec<Student> = {
  file: 'students.csv',
  schema: Student,
  columns: columns({
    id: 'string',
    countyId: 'int',
    schoolId: 'string',
    grade: 'int',
    homePlaceId: 'string',
    needsRide: 'bool',
    currentlyRides: 'bool',
  }),
};

/** `operators.csv`. */
export const OPERATORS: TableCodec<Operator> = {
  file: 'operators.csv',
  schema: Operator,
  columns: columns({ id: 'string', countyId: 'int', nameZh: 'string', licenceNo: 'string' }),
};

/** `vehicles.csv`: coaches and boats. */
export const VEHICLES: TableCodec<Vehicle> = {
  file: 'vehicles.csv',
  schema: Vehicle,
  columns: columns({
    id: 'string',
    countyId: 'int',
    kind: 'string',
    registrationNo: 'string',
    approvedCapacity: 'int',
    operatorId: 'string',
    homeDepotPlaceId: 'string',
    year: 'int',
    makeModel: 'string',
    status: 'string',
  }),
};

/** `drivers.csv`. */
export const DRIVERS: TableCodec<Driver> = {
  file: 'drivers.csv',
  schema: Driver,
  columns: columns({
    id: 'string',
    countyId: 'int',
    operatorId: 'string',
    displayName: 'string',
    licenceClass: 'string',
    birthDate: 'string',
    licensedSince: 'string',
    schoolTransportEndorsed: 'bool',
  }),
};

/** `checklist.csv`: the inspection checklist (data, so the county can change it without code). */
export const CHECKLIST: TableCodec<ChecklistItem> = {
  file: 'checklist.csv',
  schema: ChecklistItem,
  columns: columns({
    code: 'string',
    countyId: 'int',
    labelZh: 'string',
    labelEn: 'string',
    appliesTo: 'string',
    sortOrder: 'int',
    active: 'bool',
  }),
};

/** `inspections.csv`. */
export const INSPECTIONS: TableCodec<Inspection> = {
  file: 'inspections.csv',
  schema: Inspection,
  columns: columns({
    id: 'string',
    countyId: 'int',
    vehicleId: 'string',
    inspectedOn: 'string',
    inspector: 'string',
    passed: 'bool',
    note: 'string',
  }),
};

/** `inspection-items.csv`: one row per checklist item of each inspection. */
export const INSPECTION_ITEMS: TableCodec<InspectionItemResult> = {
  file: 'inspection-items.csv',
  schema: InspectionItemResult,
  columns: columns({ inspectionId: 'string', itemCode: 'string', outcome: 'string', note: 'string' }),
};

/** `rectifications.csv`. */
export const RECTIFICATIONS: TableCodec<Rectification> = {
  file: 'rectifications.csv',
  schema: Rectification,
  columns: columns({
    id: 'string',
    countyId: 'int',
    vehicleId: 'string',
    inspectionId: 'string',
    itemCode: 'string',
    dueOn: 'string',
    status: 'string',
    closedOn: 'date-or-empty',
    closedByInspectionId: 'string-or-empty',
    note: 'string',
  }),
};

/** `insurance.csv`. */
export const INSURANCE: TableCodec<Insurance> = {
  file: 'insurance.csv',
  schema: Insurance,
  columns: columns({
    id: 'string',
    countyId: 'int',
    vehicleId: 'string',
    kind: 'string',
    insurer: 'string',
    policyNo: 'string',
    validFrom: 'string',
    validTo: 'string',
  }),
};

/** `plates.csv`: student-transport plates (标牌); `stops` is a `;`-separated list of place ids. */
export const PLATES: TableCodec<Plate> = {
  file: 'plates.csv',
  schema: Plate,
  columns: columns({
    id: 'string',
    countyId: 'int',
    plateNo: 'string',
    vehicleId: 'string',
    driverId: 'string',
    route: 'string',
    operatingFrom: 'string',
    operatingTo: 'string',
    stops: 'list',
    issuingUnit: 'string',
    validFrom: 'string',
    validTo: 'string',
    status: 'string',
    statusReason: 'string',
    issuedOn: 'string',
  }),
};
