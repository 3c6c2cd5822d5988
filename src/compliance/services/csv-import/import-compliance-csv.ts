import type { Kysely, Transaction } from 'kysely';
import { COMPLIANCE_CSV_CODECS, decodeComplianceCsv, type ComplianceCsvKind, type ComplianceCsvRows, type DecodedCsv } from '../../../db/compliance-csv.js';
import { loadComplianceRecords, type StoredComplianceRecords } from '../../../db/load-compliance-records.js';
import { appendAudit, type AuditEntity } from '../../../db/repositories/audit.repository.js';
import { upsertInspections, upsertInsurance } from '../../../db/repositories/compliance-records.repository.js';
import { existingCountyIds, existingPlaceIds } from '../../../db/repositories/compliance-lookup.repository.js';
import { upsertDrivers, upsertVehicles } from '../../../db/repositories/fleet.repository.js';
import type { Executor } from '../../../db/repositories/upsert-many.js';
import type { Database } from '../../../db/tables/index.js';
import { InvalidInput } from '../../../domain/errors.js';
import { requireActor } from '../service-input.js';
import { referenceErrors } from './reference-checks.js';

/** What an import wrote. */
export interface CsvImportResult {
  readonly kind: ComplianceCsvKind;
  readonly rows: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

/** Where each kind is stored, and the audit entity of its rows. */
const TARGETS: { readonly [K in ComplianceCsvKind]: { entity: AuditEntity; stored: (r: StoredComplianceRecords) => readonly ComplianceCsvRows[K][]; write: (db: Executor, rows: readonly ComplianceCsvRows[K][]) => Promise<void> } } = {
  vehicles: { entity: 'vehicle', stored: (r) => r.vehicles, write: upsertVehicles },
  drivers: { entity: 'driver', stored: (r) => r.drivers, write: upsertDrivers },
  inspections: { entity: 'inspection', stored: (r) => r.inspections, write: upsertInspections },
  insurance: { entity: 'insurance', stored: (r) => r.insurance, write: upsertInsurance },
};

/** Same record, whatever the key order. */
function sameRecord(a: object, b: object): boolean {
  const canon = (o: object) => JSON.stringify(Object.entries(o).sort(([x], [y]) => x.localeCompare(y)));
  return canon(a) === canon(b);
}

async function loadCounties(tx: Executor, countyIds: readonly number[]): Promise<Map<number, StoredComplianceRecords>> {
  const existing = await existingCountyIds(tx, countyIds);
  const out = new Map<number, StoredComplianceRecords>();
  for (const id of existing) out.set(id, await loadComplianceRecords(tx, id));
  return out;
}

async function importRows<K extends ComplianceCsvKind>(tx: Transaction<Database>, actor: string, kind: K, decoded: DecodedCsv<ComplianceCsvRows[K]>): Promise<CsvImportResult> {
  const { rows, rowNumbers } = decoded;
  const target = TARGETS[kind] as unknown as (typeof TARGETS)[K];
  const counties = await loadCounties(tx, [...new Set(rows.map((r) => r.countyId))]);
  const stored = new Map<string, ComplianceCsvRows[K]>();
  for (const records of counties.values()) for (const row of target.stored(records)) stored.set(row.id, row);
  const placeIds = new Set<string>();
  if (kind === 'vehicles') {
    for (const countyId of counties.keys()) {
      const depots = (rows as readonly ComplianceCsvRows['vehicles'][]).filter((v) => v.countyId === countyId).map((v) => v.homeDepotPlaceId);
      for (const id of await existingPlaceIds(tx, countyId, [...new Set(depots)])) placeIds.add(id);
    }
  }
  const storedIds = new Map([...stored.values()].map((r) => [r.id, r.countyId]));
  const errors = [...decoded.errors, ...referenceErrors(kind, rows, rowNumbers, { file: COMPLIANCE_CSV_CODECS[kind].file, counties, placeIds, storedIds })]
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (errors.length > 0) throw new InvalidInput(`compliance: ${COMPLIANCE_CSV_CODECS[kind].file} rejected, nothing imported (${errors.length} error(s))`, errors);
  const changed = rows.filter((r) => { const before = stored.get(r.id); return before === undefined || !sameRecord(before, r); });
  await target.write(tx, changed);
  await appendAudit(tx, changed.map((after) => {
    const before = stored.get(after.id) ?? null;
    return { countyId: after.countyId, actor, entity: target.entity, entityId: after.id, action: before === null ? 'create' : 'update', before, after };
  }));
  const created = changed.filter((r) => !stored.has(r.id)).length;
  return { kind, rows: rows.length, created, updated: changed.length - created, unchanged: rows.length - changed.length };
}

/**
 * Imports a CSV file of vehicles, drivers, inspections or insurance policies (the county dataset's
 * columns). Every row is validated with zod and its references checked; a file with any bad row is
 * rejected whole with `InvalidInput` listing every error with its row and column, and nothing is
 * written. Otherwise new and changed rows are upserted with one audit entry each, in one transaction.
 * Inspections import as records only: they carry no item results and open no rectifications.
 */
export async function importComplianceCsv(db: Kysely<Database>, actor: string, kind: ComplianceCsvKind, text: string): Promise<CsvImportResult> {
  const who = requireActor(actor);
  if (!(kind in COMPLIANCE_CSV_CODECS)) throw new InvalidInput(`compliance: unknown CSV kind ${String(kind)}`, [{ field: 'kind', message: 'must be vehicles, drivers, inspections or insurance' }]);
  const decoded = decodeComplianceCsv(kind, text);
  // Reference checks run on the rows that passed their schema, so one rejection lists every error.
  return db.transaction().execute((tx) => importRows(tx, who, kind, decoded));
}
