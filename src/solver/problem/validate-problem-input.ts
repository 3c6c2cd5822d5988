import type { ErrorDetail } from '../../domain/errors.js';
import type { ProblemDataInput } from './problem-input.js';

/** Largest time or quantity accepted (the solver's "unbounded"): keeps every sum exact in float64. */
const MAX_VALUE = 2 ** 45;

type Check = (field: string, value: unknown) => string | undefined;

const nonNegativeInt: Check = (_f, v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_VALUE ? undefined : 'must be an integer in [0, 2^45]';
const positiveInt: Check = (_f, v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_VALUE ? undefined : 'must be an integer in [1, 2^45]';
const nonNegativeNumber: Check = (_f, v) =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? undefined : 'must be a finite number >= 0';
const finiteNumber: Check = (_f, v) => (typeof v === 'number' && Number.isFinite(v) ? undefined : 'must be a finite number');

/** Runs `check` on an optional value and records a complaint naming the field. */
function optional(out: ErrorDetail[], field: string, value: unknown, check: Check): void {
  if (value === undefined) return;
  const message = check(field, value);
  if (message !== undefined) out.push({ field, message });
}

function required(out: ErrorDetail[], field: string, value: unknown, check: Check): void {
  const message = value === undefined ? 'is required' : check(field, value);
  if (message !== undefined) out.push({ field, message });
}

function windowOrder(out: ErrorDetail[], field: string, early: number | undefined, late: number | undefined): void {
  if (early !== undefined && late !== undefined && early > late) {
    out.push({ field: `${field}.twEarlyS`, message: `must be <= ${field}.twLateS` });
  }
}

function checkMatrices(out: ErrorDetail[], input: ProblemDataInput, side: number): void {
  const { distanceMatrices: dist, durationMatrices: dur } = input;
  if (dist.length === 0) out.push({ field: 'distanceMatrices', message: 'must hold at least one matrix' });
  if (dist.length !== dur.length) out.push({ field: 'durationMatrices', message: 'must have as many matrices as distanceMatrices' });
  for (const [name, list] of [['distanceMatrices', dist], ['durationMatrices', dur]] as const) {
    list.forEach((m, p) => {
      if (!(m instanceof Int32Array)) out.push({ field: `${name}[${p}]`, message: 'must be an Int32Array' });
      else if (m.length !== side * side) out.push({ field: `${name}[${p}]`, message: `must have ${side}×${side} entries` });
      else if (m.some((v) => v < 0)) out.push({ field: `${name}[${p}]`, message: 'must not hold negative entries' });
    });
  }
}

function checkVehicleTypes(out: ErrorDetail[], input: ProblemDataInput): void {
  const nbDepots = input.depots.length;
  if (input.vehicleTypes.length === 0) out.push({ field: 'vehicleTypes', message: 'must hold at least one type' });
  input.vehicleTypes.forEach((t, i) => {
    const f = `vehicleTypes[${i}]`;
    required(out, `${f}.count`, t.count, positiveInt);
    required(out, `${f}.capacity`, t.capacity, nonNegativeInt);
    optional(out, `${f}.fixedCost`, t.fixedCost, nonNegativeNumber);
    optional(out, `${f}.maxDurationS`, t.maxDurationS, nonNegativeInt);
    optional(out, `${f}.twEarlyS`, t.twEarlyS, nonNegativeInt);
    optional(out, `${f}.twLateS`, t.twLateS, nonNegativeInt);
    optional(out, `${f}.startLateS`, t.startLateS, nonNegativeInt);
    optional(out, `${f}.unitDistanceCost`, t.unitDistanceCost, nonNegativeNumber);
    optional(out, `${f}.unitDurationCost`, t.unitDurationCost, nonNegativeNumber);
    windowOrder(out, f, t.twEarlyS, t.twLateS);
    if (t.twEarlyS !== undefined && t.startLateS !== undefined && t.twEarlyS > t.startLateS) {
      out.push({ field: `${f}.twEarlyS`, message: `must be <= ${f}.startLateS` });
    }
    for (const key of ['startDepot', 'endDepot'] as const) {
      const d = t[key];
      if (d !== null && !(Number.isInteger(d) && d >= 0 && d < nbDepots)) {
        out.push({ field: `${f}.${key}`, message: `must be null or a depot index in [0, ${nbDepots - 1}]` });
      }
    }
    const profile = t.profile ?? 0;
    if (!(Number.isInteger(profile) && profile >= 0 && profile < input.distanceMatrices.length)) {
      out.push({ field: `${f}.profile`, message: `must index a matrix in [0, ${input.distanceMatrices.length - 1}]` });
    }
    if (t.direction !== undefined && t.direction !== 'pickup' && t.direction !== 'dropOff') {
      out.push({ field: `${f}.direction`, message: "must be 'pickup' or 'dropOff'" });
    }
  });
}

/** Every complaint about a problem input, each naming its field (`clients[3].twEarlyS`); empty when valid. */
export function validateProblemInput(input: ProblemDataInput): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  if (input.depots.length === 0) out.push({ field: 'depots', message: 'must hold at least one depot' });
  input.depots.forEach((d, i) => {
    optional(out, `depots[${i}].twEarlyS`, d.twEarlyS, nonNegativeInt);
    optional(out, `depots[${i}].twLateS`, d.twLateS, nonNegativeInt);
    optional(out, `depots[${i}].x`, d.x, finiteNumber);
    optional(out, `depots[${i}].y`, d.y, finiteNumber);
    windowOrder(out, `depots[${i}]`, d.twEarlyS, d.twLateS);
  });
  input.clients.forEach((c, i) => {
    const f = `clients[${i}]`;
    required(out, `${f}.demand`, c.demand, nonNegativeInt);
    optional(out, `${f}.serviceDurationS`, c.serviceDurationS, nonNegativeInt);
    optional(out, `${f}.twEarlyS`, c.twEarlyS, nonNegativeInt);
    optional(out, `${f}.twLateS`, c.twLateS, nonNegativeInt);
    optional(out, `${f}.maxRideTimeS`, c.maxRideTimeS, nonNegativeInt);
    optional(out, `${f}.x`, c.x, finiteNumber);
    optional(out, `${f}.y`, c.y, finiteNumber);
    windowOrder(out, f, c.twEarlyS, c.twLateS);
  });
  checkVehicleTypes(out, input);
  optional(out, 'rideTimeWeight', input.rideTimeWeight, nonNegativeNumber);
  checkMatrices(out, input, input.depots.length + input.clients.length);
  return out;
}
