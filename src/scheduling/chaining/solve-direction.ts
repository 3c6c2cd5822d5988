import { solveChaining } from '../../solver/chaining/solve-chaining.js';
import type { Direction } from '../../domain/school.js';
import type { WeekendSetup } from '../inputs/weekend-setup.js';
import { optionCostKm, optionLoss } from '../options/option-costs.js';
import type { SchoolOption } from '../options/school-option.js';
import { chosenRuns, type DirectionOutcome } from '../assemble/chosen-runs.js';
import type { FleetTier } from '../../solver/chaining/option-search.js';
import { directionProblem, KIND, type DirectionProblem } from './direction-problem.js';
import { fleetVehicles, type FleetVehicle } from './fleet-vehicles.js';
import { moveLeftoverBoats } from './leftover-boats.js';
import { coverLeftovers } from './leftover-runs.js';

/** The answer for one direction, with what is needed to explain it. */
export interface DirectionResult extends DirectionOutcome {
  readonly direction: Direction;
  readonly options: readonly (readonly SchoolOption[])[];
  readonly choice: Int32Array;
  readonly vehicles: readonly FleetVehicle[];
  readonly dp: DirectionProblem;
  readonly unassignedTrips: readonly number[];
}

/**
 * The fleet by size for the option search: per kind and approved capacity c, the trips that need more
 * seats than the next smaller size can only go to the vehicles of size ≥ c.
 */
export function fleetTiers(vehicles: readonly FleetVehicle[]): FleetTier[] {
  const tiers: FleetTier[] = [];
  for (const kind of ['bus', 'boat'] as const) {
    const caps = vehicles.filter((v) => v.vehicle.kind === kind).map((v) => v.capacity).sort((a, b) => a - b);
    const sizes = [...new Set(caps)];
    sizes.forEach((c, j) => tiers.push({ kind: KIND[kind], minLoad: j === 0 ? 0 : sizes[j - 1]! + 1, vehicles: caps.filter((x) => x >= c).length }));
  }
  return tiers;
}

/**
 * Chooses one option per school and chains the chosen runs into vehicle duties for one direction
 * (Bertsimas, Delarue & Martin 2019: scenario per school, then chaining): objective students served,
 * then vehicles, then kilometres and ride time. Bus runs left without a vehicle are then packed again
 * for the buses that still have time (`coverLeftovers`), and boat runs left without a boat move to an
 * earlier or later wave with a shuttle of their own (`moveLeftoverBoats`).
 */
export function solveDirection(setup: WeekendSetup, direction: Direction, options: readonly (readonly SchoolOption[])[]): DirectionResult {
  const params = setup.request.params;
  const days = [...new Set(options.flat().map((o) => o.dayOffset))];
  const vehicles = fleetVehicles(days.map((d) => setup.fleets.get(d)!).filter((f) => f !== undefined));
  const dp = directionProblem(options, vehicles, setup.travel, params);
  const result = solveChaining(dp.problem, {
    seed: params.seed,
    timeLimitMs: params.chainingTimeLimitS * 1000,
    maxIterations: 1_000_000,
    optionCost: options.map((opts) => opts.map((o) => optionCostKm(o, params))),
    optionLoss: options.map((opts) => opts.map(optionLoss)),
    fleetTiers: fleetTiers(vehicles),
  });
  const buses = coverLeftovers(dp, options, result.choice, result, setup.travel.placeIds);
  const cover = moveLeftoverBoats(buses, result.choice, params.transferMin * 60, setup.travel.placeIds);
  const outcome = chosenRuns(cover.dp, cover.options, result.choice, cover.assignment, vehicles);
  return { ...outcome, direction, options: cover.options, choice: result.choice, vehicles, dp: cover.dp, unassignedTrips: cover.assignment.unassigned.map((u) => u.trip) };
}
