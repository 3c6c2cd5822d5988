import type { FleetStatus } from '../../compliance/status/fleet-status.js';
import type { Reason } from '../../compliance/reasons/reason.js';
import { formatCsvText } from '../../dataset/csv-text.js';
import type { Operator } from '../../domain/fleet.js';
import { formatTable } from '../output/text-table.js';

/** How the report is shown. */
export interface ReportOptions {
  readonly lang: 'en' | 'zh';
  /** Only this operator, when given. */
  readonly operatorId?: string;
}

const STATE = { en: { compliant: 'compliant', expiring: 'expiring', non_compliant: 'NON-COMPLIANT' }, zh: { compliant: '合规', expiring: '即将到期', non_compliant: '不合规' } } as const;

const message = (r: Reason, lang: 'en' | 'zh') => (lang === 'en' ? r.messageEn : r.messageZh);
const reasonsText = (reasons: readonly Reason[], lang: 'en' | 'zh') => (reasons.length === 0 ? '-' : reasons.map((r) => `${r.code}: ${message(r, lang)}`).join('; '));

function operatorsOf(status: FleetStatus, operators: readonly Operator[], operatorId: string | undefined): Operator[] {
  const ids = new Set([...status.vehicles.map((v) => v.operatorId), ...status.drivers.map((d) => d.operatorId)]);
  const known = operators.filter((o) => ids.has(o.id));
  const unknown = [...ids].filter((id) => !operators.some((o) => o.id === id)).map((id): Operator => ({ id, countyId: 0, nameZh: '?', licenceNo: '' }));
  return [...known, ...unknown].filter((o) => operatorId === undefined || o.id === operatorId);
}

function operatorSection(status: FleetStatus, operator: Operator, lang: 'en' | 'zh'): string {
  const vehicles = status.vehicles.filter((v) => v.operatorId === operator.id);
  const drivers = status.drivers.filter((d) => d.operatorId === operator.id && (d.state !== 'compliant' || d.reasons.length > 0));
  const count = (s: keyof typeof STATE.en) => vehicles.filter((v) => v.state === s).length;
  const head = `${operator.id} ${operator.nameZh}: ${vehicles.length} vehicles, ${count('compliant')} compliant, ${count('expiring')} expiring, ${count('non_compliant')} non-compliant`;
  const vehicleRows = vehicles.map((v) => [v.vehicleId, v.registrationNo, v.kind, v.approvedCapacity, STATE[lang][v.state], v.plate?.plateNo ?? '-', reasonsText(v.reasons, lang)]);
  const parts = [head, formatTable(['vehicle', 'registration', 'kind', 'seats', 'state', 'plate', 'reasons'], vehicleRows)];
  if (drivers.length > 0) {
    parts.push(formatTable(['driver', 'name', 'licence', 'state', 'reasons'], drivers.map((d) => [d.driverId, d.displayName, d.licenceClass, STATE[lang][d.state], reasonsText(d.reasons, lang)])));
  }
  return parts.join('\n');
}

/** The fleet's status as text: a summary line, then per operator its vehicles and its drivers who are not plainly compliant. */
export function formatStatusReport(status: FleetStatus, operators: readonly Operator[], options: ReportOptions): string {
  const shown = operatorsOf(status, operators, options.operatorId);
  const ids = new Set(shown.map((o) => o.id));
  const vehicles = status.vehicles.filter((v) => ids.has(v.operatorId));
  const usable = vehicles.filter((v) => v.state !== 'non_compliant');
  const summary = [
    `compliance on ${status.date} (expiring = lapsing within ${status.expiringWithinDays} days)`,
    `vehicles: ${vehicles.length}, may carry students: ${usable.length} (${usable.reduce((n, v) => n + v.approvedCapacity, 0)} approved seats), ` +
      `non-compliant: ${vehicles.length - usable.length}, expiring: ${vehicles.filter((v) => v.state === 'expiring').length}`,
  ];
  return [summary.join('\n'), ...shown.map((o) => operatorSection(status, o, options.lang))].join('\n\n');
}

/** The fleet's status as CSV: one row per vehicle and per driver, with reason codes and both languages' messages. */
export function formatStatusCsv(status: FleetStatus, options: Pick<ReportOptions, 'operatorId'>): string {
  const keep = (operatorId: string) => options.operatorId === undefined || operatorId === options.operatorId;
  const row = (kind: string, operatorId: string, id: string, label: string, detail: string, seats: string, state: string, reasons: readonly Reason[]) => [
    status.date, kind, operatorId, id, label, detail, seats, state, reasons.map((r) => r.code).join(';'),
    reasons.map((r) => r.messageEn).join('; '), reasons.map((r) => r.messageZh).join('；'),
  ];
  const rows = [
    ...status.vehicles.filter((v) => keep(v.operatorId)).map((v) => row('vehicle', v.operatorId, v.vehicleId, v.registrationNo, v.kind, String(v.approvedCapacity), v.state, v.reasons)),
    ...status.drivers.filter((d) => keep(d.operatorId)).map((d) => row('driver', d.operatorId, d.driverId, d.displayName, d.licenceClass, '', d.state, d.reasons)),
  ];
  const header = ['date', 'record', 'operator_id', 'id', 'label', 'kind_or_licence', 'seats', 'state', 'reason_codes', 'reasons_en', 'reasons_zh'];
  return formatCsvText(header, rows);
}
