import type { ComplianceCsvKind, ComplianceCsvRows } from '../../../db/compliance-csv.js';
import type { StoredComplianceRecords } from '../../../db/load-compliance-records.js';
import type { ErrorDetail } from '../../../domain/errors.js';

/** What the reference checks may look up: the stored records of each county in the file, and its places. */
export interface ReferenceContext {
  readonly file: string;
  readonly counties: ReadonlyMap<number, StoredComplianceRecords>;
  readonly placeIds: ReadonlySet<string>;
  /** Every stored id of the kind being imported, with its county (ids are unique across counties). */
  readonly storedIds: ReadonlyMap<string, number>;
}

type Check<K extends ComplianceCsvKind> = (row: ComplianceCsvRows[K], ctx: ReferenceContext, county: StoredComplianceRecords) => { field: string; message: string }[];

const vehicleOf = (county: StoredComplianceRecords, id: string) => county.vehicles.some((v) => v.id === id);
const operatorOf = (county: StoredComplianceRecords, id: string) => county.operators.some((o) => o.id === id);

/** Checks a row's references against what is stored; the zod schema has already checked the row itself. */
const CHECKS: { readonly [K in ComplianceCsvKind]: Check<K> } = {
  vehicles: (v, ctx, county) => [
    ...(operatorOf(county, v.operatorId) ? [] : [{ field: 'operator_id', message: `no operator ${v.operatorId} in county ${v.countyId}` }]),
    ...(ctx.placeIds.has(v.homeDepotPlaceId) ? [] : [{ field: 'home_depot_place_id', message: `no place ${v.homeDepotPlaceId} in county ${v.countyId}` }]),
    ...county.vehicles.filter((o) => o.registrationNo === v.registrationNo && o.id !== v.id)
      .map((o) => ({ field: 'registration_no', message: `${v.registrationNo} is already vehicle ${o.id}` })),
  ],
  drivers: (d, _ctx, county) => [
    ...(operatorOf(county, d.operatorId) ? [] : [{ field: 'operator_id', message: `no operator ${d.operatorId} in county ${d.countyId}` }]),
    ...(d.licensedSince < d.birthDate ? [{ field: 'licensed_since', message: 'must be after birth_date' }] : []),
  ],
  inspections: (i, _ctx, county) => (vehicleOf(county, i.vehicleId) ? [] : [{ field: 'vehicle_id', message: `no vehicle ${i.vehicleId} in county ${i.countyId}` }]),
  insurance: (p, _ctx, county) => [
    ...(vehicleOf(county, p.vehicleId) ? [] : [{ field: 'vehicle_id', message: `no vehicle ${p.vehicleId} in county ${p.countyId}` }]),
    ...(p.validFrom > p.validTo ? [{ field: 'valid_to', message: 'must be on or after valid_from' }] : []),
  ],
};

/** Every reference problem of the rows (row numbers 1-based, header excluded), including ids repeated in the file. */
export function referenceErrors<K extends ComplianceCsvKind>(kind: K, rows: readonly ComplianceCsvRows[K][], rowNumbers: readonly number[], ctx: ReferenceContext): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  const firstRowOfId = new Map<string, number>();
  const firstRowOfRegistration = new Map<string, { row: number; id: string }>();
  const check = CHECKS[kind] as Check<K>;
  rows.forEach((row, i) => {
    const rowNo = rowNumbers[i] ?? i + 1;
    const at = (field: string, message: string): ErrorDetail => ({ file: ctx.file, row: rowNo, field, message });
    const seen = firstRowOfId.get(row.id);
    if (seen !== undefined) errors.push(at('id', `id ${row.id} repeats row ${seen}`));
    else firstRowOfId.set(row.id, rowNo);
    if ('registrationNo' in row) {
      const other = firstRowOfRegistration.get(row.registrationNo);
      if (other !== undefined && other.id !== row.id) errors.push(at('registration_no', `${row.registrationNo} repeats row ${other.row}`));
      else firstRowOfRegistration.set(row.registrationNo, { row: rowNo, id: row.id });
    }
    const storedCounty = ctx.storedIds.get(row.id);
    if (storedCounty !== undefined && storedCounty !== row.countyId) errors.push(at('county_id', `id ${row.id} belongs to county ${storedCounty}`));
    const county = ctx.counties.get(row.countyId);
    if (county === undefined) errors.push(at('county_id', `no county ${row.countyId}`));
    else for (const e of check(row, ctx, county)) errors.push(at(e.field, e.message));
  });
  return errors;
}
