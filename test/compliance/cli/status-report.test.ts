import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../src/dataset/csv-text.js';
import { parseReportArgs } from '../../../src/cli/compliance/report-args.js';
import { formatStatusCsv, formatStatusReport } from '../../../src/cli/compliance/status-report.js';
import { fleetStatus } from '../../../src/compliance/status/fleet-status.js';
import { InvalidInput } from '../../../src/domain/errors.js';
import { FRIDAY, coach, driver, oneCoach, plate } from '../fixtures/one-coach.js';

const operators = [{ id: 'op-1', countyId: 999001, nameZh: '甲客运', licenceNo: 'L1' }, { id: 'op-2', countyId: 999001, nameZh: '乙客运', licenceNo: 'L2' }];
const records = oneCoach({
  vehicles: [coach(), coach({ id: 'bus-2', registrationNo: '浙K·C0002', operatorId: 'op-2' })],
  drivers: [driver(), driver({ id: 'd-9', operatorId: 'op-2', schoolTransportEndorsed: false })],
  plates: [plate()],
});
const status = fleetStatus(records, FRIDAY);

describe('compliance status report', () => {
  it('prints a summary, then each operator with its vehicles and its drivers at fault', () => {
    const text = formatStatusReport(status, operators, { lang: 'en' });
    expect(text).toContain('vehicles: 2, may carry students: 1 (33 approved seats), non-compliant: 1, expiring: 0');
    expect(text).toContain('op-1 甲客运: 1 vehicles, 1 compliant, 0 expiring, 0 non-compliant');
    expect(text).toMatch(/bus-2 .*NON-COMPLIANT .*inspection_missing: no safety inspection on record/);
    expect(text).toMatch(/d-9 .*driver_not_endorsed/);
    expect(text).not.toMatch(/^d-1 /m);
  });

  it('narrows to one operator and speaks Chinese on request', () => {
    const text = formatStatusReport(status, operators, { lang: 'zh', operatorId: 'op-2' });
    expect(text).not.toContain('op-1');
    expect(text).toContain('不合规');
    expect(text).toContain('无安全检查记录');
  });

  it('writes one CSV row per vehicle and driver with codes and both languages', () => {
    const { header, rows } = parseCsvText(formatStatusCsv(status, {}), 'status.csv');
    expect(header).toEqual(['date', 'record', 'operator_id', 'id', 'label', 'kind_or_licence', 'seats', 'state', 'reason_codes', 'reasons_en', 'reasons_zh']);
    expect(rows.map((r) => `${r[1]}:${r[3]}:${r[7]}`)).toEqual(['vehicle:bus-1:compliant', 'vehicle:bus-2:non_compliant', 'driver:d-1:compliant', 'driver:d-9:non_compliant']);
    expect(rows[1]?.[8]).toBe('inspection_missing;insurance_missing;traffic_insurance_missing;plate_missing;no_eligible_driver');
    expect(formatStatusCsv(status, { operatorId: 'op-1' }).trim().split('\n')).toHaveLength(3);
  });
});

describe('npm run compliance arguments', () => {
  it('reads the date, operator, csv flag and defaults', () => {
    expect(parseReportArgs(['--date', '2026-12-04', '--operator', 'OP01', '--csv'])).toEqual({
      date: '2026-12-04', operator: 'OP01', csv: true, expiringDays: 30, lang: 'en', county: 331123,
    });
  });

  it.each([
    [['--date', '2026-02-30'], 'date'],
    [['--date', '2026-12-04', '--expiring-days=-3'], 'expiringDays'],
    [['--date', '2026-12-04', '--lang', 'fr'], 'lang'],
    [[], 'date'],
  ])('rejects %j naming %s', (argv, field) => {
    expect(() => parseReportArgs(argv)).toThrow(field);
  });

  it('rejects an unknown flag with the usage', () => {
    expect(() => parseReportArgs(['--dat', '2026-12-04'])).toThrow(InvalidInput);
  });
});
