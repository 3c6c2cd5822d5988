import { describe, expect, it } from 'vitest';
import { parseReplanArgs } from '../../../src/cli/replan/replan-args.js';
import { InvalidInput } from '../../../src/domain/errors.js';
import { replan } from '../../../src/scheduling/replan/replan.js';
import { parseReplanEvent } from '../../../src/scheduling/replan/replan-event.js';
import { gridCounty } from '../fixtures/grid-county.js';
import { plan } from '../fixtures/schedule-helpers.js';

describe('replan events', () => {
  it('parses each kind, with defaults', () => {
    expect(parseReplanEvent({ kind: 'vehicle-out', vehicleId: 'BUS1', reason: 'breakdown' })).toEqual({ kind: 'vehicle-out', vehicleId: 'BUS1', from: null, reason: 'breakdown' });
    expect(parseReplanEvent({ kind: 'road-closed', segmentId: 'R1', reason: 'landslide', from: '2026-12-04T12:00:00+08:00' }).kind).toBe('road-closed');
    expect(parseReplanEvent({ kind: 'weather', date: '2026-12-04', weather: 'fog' }).kind).toBe('weather');
    expect(parseReplanEvent({ kind: 'window-changed', schoolId: 'A', direction: 'home', earliest: '15:00', latest: '16:00' }).kind).toBe('window-changed');
  });

  it.each([
    [{ kind: 'vehicle-out', reason: 'x' }, 'event.vehicleId'],
    [{ kind: 'vehicle-out', vehicleId: 'BUS1' }, 'event.reason'],
    [{ kind: 'vehicle-out', vehicleId: 'BUS1', reason: 'x', from: 'friday' }, 'event.from'],
    [{ kind: 'hail', date: '2026-12-04' }, 'event.kind'],
    [{ kind: 'weather', date: '2026-12-04', weather: 'hail' }, 'event.weather'],
    [{ kind: 'road-closed', segmentId: 'R1', reason: 'x', from: '2026-12-04T12:00:00+08:00', to: '2026-12-04T10:00:00+08:00' }, 'event.to'],
    [{ kind: 'window-changed', schoolId: 'A', direction: 'home', earliest: '16:00', latest: '15:00' }, 'event.latest'],
    [{ kind: 'window-changed', schoolId: 'A', direction: 'sideways', earliest: '15:00', latest: '16:00' }, 'event.direction'],
  ])('rejects %j naming %s', (input, field) => {
    try {
      parseReplanEvent(input);
      expect.unreachable('parsed');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInput);
      expect((error as InvalidInput).details.map((d) => d.field)).toContain(field);
    }
  });
});

describe('replan references', () => {
  const county = gridCounty({ columns: 2, rows: 1, schools: [{ id: 'A', gate: [0, 0], students: [{ at: [1, 0], count: 3 }] }], vehicles: [{ id: 'BUS1', capacity: 19, depot: [0, 0] }] });
  const published = plan(county);

  it.each([
    [{ kind: 'vehicle-out', vehicleId: 'NOPE', reason: 'x' }, 'event.vehicleId'],
    [{ kind: 'road-closed', segmentId: 'NOPE', reason: 'x' }, 'event.segmentId'],
    [{ kind: 'window-changed', schoolId: 'NOPE', direction: 'home', earliest: '15:00', latest: '16:00' }, 'event.schoolId'],
    [{ kind: 'weather', date: '2026-12-20', weather: 'rain' }, 'event.date'],
  ] as const)('rejects %j as invalid input naming %s', (event, field) => {
    expect(() => replan(published, event, { records: county })).toThrow(expect.objectContaining({ code: 'invalid_input', details: [expect.objectContaining({ field })] }));
  });

  it('rejects a schedule that is not in the export format', () => {
    expect(() => replan({ ...published, runs: 'none' }, { kind: 'weather', date: '2026-12-04', weather: 'rain' }, { records: county })).toThrow(InvalidInput);
  });
});

describe('npm run replan arguments', () => {
  const event = '{"kind":"weather","date":"2026-12-04","weather":"rain"}';

  it('reads a stored version or an export, and the event', () => {
    expect(parseReplanArgs(['--schedule', 'SCHED-1', '--event', event, '--store'])).toMatchObject({ schedule: 'SCHED-1', store: true, event: { kind: 'weather', weather: 'rain' } });
    expect(parseReplanArgs(['--from', 'x.json', '--data', 'd', '--event', event, '--time-limit', '2'])).toMatchObject({ from: 'x.json', data: 'd', timeLimit: 2, store: false });
  });

  it.each([
    [['--event', event]],
    [['--schedule', 'S', '--from', 'x.json', '--event', event]],
    [['--schedule', 'S']],
    [['--schedule', 'S', '--event', '{kind: weather']],
    [['--schedule', 'S', '--event', '{"kind":"weather","date":"2026-12-04"}']],
    [['--from', 'x.json', '--event', event, '--store']],
    [['--schedule', 'S', '--event', event, '--colour', 'red']],
  ])('rejects %j as invalid input (exit code 2)', (argv) => {
    expect(() => parseReplanArgs(argv)).toThrow(InvalidInput);
  });
});
