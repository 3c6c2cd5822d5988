import type { Selectable } from 'kysely';
import type { Driver, LicenceClass, Operator, Vehicle, VehicleKind, VehicleStatus } from '../../domain/fleet.js';
import type { DriverTable, OperatorTable, VehicleTable } from '../tables/index.js';
import { upsertMany, type Executor } from './upsert-many.js';

const operatorToRow = (o: Operator): OperatorTable => ({ id: o.id, county_id: o.countyId, name_zh: o.nameZh, licence_no: o.licenceNo });
const rowToOperator = (r: Selectable<OperatorTable>): Operator => ({ id: r.id, countyId: r.county_id, nameZh: r.name_zh, licenceNo: r.licence_no });

export const upsertOperators = (db: Executor, rows: readonly Operator[]): Promise<void> => upsertMany(db, 'operator', rows.map(operatorToRow), ['id']);
export async function listOperators(db: Executor, countyId: number): Promise<Operator[]> {
  return (await db.selectFrom('operator').selectAll().where('county_id', '=', countyId).orderBy('id').execute()).map(rowToOperator);
}

const vehicleToRow = (v: Vehicle): VehicleTable => ({
  id: v.id, county_id: v.countyId, kind: v.kind, registration_no: v.registrationNo, approved_capacity: v.approvedCapacity, operator_id: v.operatorId,
  home_depot_place_id: v.homeDepotPlaceId, year: v.year, make_model: v.makeModel, status: v.status,
});
/** Maps a vehicle row to the domain. */
export const rowToVehicle = (r: Selectable<VehicleTable>): Vehicle => ({
  id: r.id, countyId: r.county_id, kind: r.kind as VehicleKind, registrationNo: r.registration_no, approvedCapacity: r.approved_capacity,
  operatorId: r.operator_id, homeDepotPlaceId: r.home_depot_place_id, year: r.year, makeModel: r.make_model, status: r.status as VehicleStatus,
});

export const upsertVehicles = (db: Executor, rows: readonly Vehicle[]): Promise<void> => upsertMany(db, 'vehicle', rows.map(vehicleToRow), ['id']);
export async function listVehicles(db: Executor, countyId: number): Promise<Vehicle[]> {
  return (await db.selectFrom('vehicle').selectAll().where('county_id', '=', countyId).orderBy('id').execute()).map(rowToVehicle);
}

const driverToRow = (d: Driver): DriverTable => ({
  id: d.id, county_id: d.countyId, operator_id: d.operatorId, display_name: d.displayName, licence_class: d.licenceClass,
  birth_date: d.birthDate, licensed_since: d.licensedSince, school_transport_endorsed: d.schoolTransportEndorsed,
});
/** Maps a driver row to the domain. */
export const rowToDriver = (r: Selectable<DriverTable>): Driver => ({
  id: r.id, countyId: r.county_id, operatorId: r.operator_id, displayName: r.display_name, licenceClass: r.licence_class as LicenceClass,
  birthDate: r.birth_date, licensedSince: r.licensed_since, schoolTransportEndorsed: r.school_transport_endorsed,
});

export const upsertDrivers = (db: Executor, rows: readonly Driver[]): Promise<void> => upsertMany(db, 'driver', rows.map(driverToRow), ['id']);
export async function listDrivers(db: Executor, countyId: number): Promise<Driver[]> {
  return (await db.selectFrom('driver').selectAll().where('county_id', '=', countyId).orderBy('id').execute()).map(rowToDriver);
}
