import { describe, expect, it } from 'vitest';
import { checkDuty } from '../../../src/solver/chaining/duty-check.js';
import { directionProblem } from '../../../src/scheduling/chaining/direction-problem.js';
import { fleetVehicles } from '../../../src/scheduling/chaining/fleet-vehicles.js';
import { coverLeftovers } from '../../../src/scheduling/chaining/leftover-runs.js';
import { weekendSetup } from '../../../src/scheduling/inputs/weekend-setup.js';
import { schoolOptions } from '../../../src/scheduling/options/school-options.js';
import { candidateSlots } from '../../../src/scheduling/options/slot-states.js';
import { waveSettings } from '../../../src/scheduling/options/wave-settings.js';
import { parseScheduleRequest } from '../../../src/scheduling/request/schedule-request.js';
import { buildPlans, planKey } from '../../../src/scheduling/routes/build-plans.js';
import { gridCounty } from '../fixtures/grid-county.js';
import { weekend } from '../fixtures/schedule-helpers.js';

/**
 * School A, 15 students two cells out and 15 one cell out: routed for the 45-seat coach as one run of
 * 30. The chaining gets only the three 19-seat buses (the coach is busy elsewhere), so the run is left
 * without a vehicle until its students are packed again for the small buses.
 */
function leftover(students: readonly { at: readonly [number, number]; count: number }[] = [{ at: [1, 0], count: 15 }, { at: [2, 0], count: 15 }]) {
  const county = gridCounty({
    columns: 3, rows: 1,
    schools: [{ id: 'A', gate: [0, 0], students }],
    vehicles: [{ id: 'BIG', capacity: 45, depot: [0, 0] }, { id: 'S1', capacity: 19, depot: [0, 0] }, { id: 'S2', capacity: 19, depot: [0, 0] }, { id: 'S3', capacity: 19, depot: [0, 0] }],
  });
  const request = parseScheduleRequest(weekend());
  const setup = weekendSetup(county, request);
  const demand = setup.demands.find((d) => d.direction === 'home')!;
  const slots = candidateSlots(setup.windows.get('A|home')!, setup.travel, request.params).slice(0, 1);
  const plans = buildPlans(slots.map((s) => ({ demand, state: s.state })), {
    travel: setup.travel, busFleet: setup.busClasses, boatFleet: setup.boatClasses, pierIds: setup.pierIds, maxRideS: request.params.maxRideMin * 60,
    transferS: request.params.transferMin * 60, dwell: request.params, seed: 1,
  }, 1);
  const options = schoolOptions(demand, slots, (state) => plans.get(planKey(demand, state))!, waveSettings(setup));
  const small = fleetVehicles([setup.fleets.get(0)!]).filter((v) => v.capacity === 19);
  const dp = directionProblem([options], small, setup.travel, request.params);
  return { setup, options, dp };
}

describe('coverLeftovers', () => {
  it('packs the students of a run planned for a busy coach into runs for the idle small buses', () => {
    const { setup, options, dp } = leftover();
    const option = options.findIndex((o) => o.runs.some((r) => r.template.load > 19));
    expect(option).toBeGreaterThanOrEqual(0);
    const lostTrips = dp.problem.trips.flatMap((t, i) => (t.option === option ? [i] : []));
    const choice = Int32Array.from([option]);
    const cover = coverLeftovers(dp, [options], choice, { duties: [], unassigned: lostTrips.map((trip) => ({ trip, reason: 'over_capacity' as const })), deadheadM: 0 }, setup.travel.placeIds);

    expect(cover.assignment.unassigned).toEqual([]);
    const o = cover.options[0]![option]!;
    const lostClients = lostTrips.flatMap((t) => o.runs[dp.refs[t]!.run]!.template.clients).sort();
    const newRuns = cover.assignment.duties.flatMap((d) => d.trips.map((t) => o.runs[cover.dp.refs[t]!.run]!));
    expect(newRuns.length).toBeGreaterThanOrEqual(2);
    expect(newRuns.flatMap((r) => r.template.clients).sort()).toEqual(lostClients);
    for (const d of cover.assignment.duties) {
      expect(checkDuty(cover.dp.problem, d.vehicle, d.trips).feasible).toBe(true);
      for (const t of d.trips) expect(cover.dp.problem.trips[t]!.load).toBeLessThanOrEqual(19);
    }
  });

  it('leaves the students unassigned, packed for the largest bus, when no bus has time', () => {
    const { setup, options, dp } = leftover();
    const option = options.findIndex((o) => o.runs.some((r) => r.template.load > 19));
    const lostTrips = dp.problem.trips.flatMap((t, i) => (t.option === option ? [i] : []));
    const none = { ...dp, problem: { ...dp.problem, vehicles: dp.problem.vehicles.map((v) => ({ ...v, days: [] })) } };
    const cover = coverLeftovers(none, [options], Int32Array.from([option]), { duties: [], unassigned: lostTrips.map((trip) => ({ trip, reason: 'fleet_exhausted' as const })), deadheadM: 0 }, setup.travel.placeIds);
    expect(cover.assignment.duties).toEqual([]);
    const students = cover.assignment.unassigned.reduce((s, u) => s + cover.dp.problem.trips[u.trip]!.load, 0);
    expect(students).toBe(lostTrips.reduce((s, t) => s + dp.problem.trips[t]!.load, 0));
  });

  it('halves a stop too big for every bus with time, and seats both halves', () => {
    const { setup, options, dp } = leftover([{ at: [2, 0], count: 30 }]);
    const option = options.findIndex((o) => o.runs.some((r) => r.template.load > 19));
    expect(option).toBeGreaterThanOrEqual(0);
    const lostTrips = dp.problem.trips.flatMap((t, i) => (t.option === option ? [i] : []));
    const cover = coverLeftovers(dp, [options], Int32Array.from([option]), { duties: [], unassigned: lostTrips.map((trip) => ({ trip, reason: 'over_capacity' as const })), deadheadM: 0 }, setup.travel.placeIds);
    expect(cover.assignment.unassigned).toEqual([]);
    const o = cover.options[0]![option]!;
    const seated = cover.assignment.duties.flatMap((d) => d.trips.flatMap((t) => o.runs[cover.dp.refs[t]!.run]!.template.clients.flatMap((c) => o.plan.clients[c]!.studentIds)));
    expect(seated.sort()).toEqual(setup.demands.find((d) => d.direction === 'home')!.road.flatMap((g) => g.studentIds).sort());
    for (const d of cover.assignment.duties) expect(checkDuty(cover.dp.problem, d.vehicle, d.trips).feasible).toBe(true);
  });
});
