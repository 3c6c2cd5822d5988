import { z } from 'zod';
import { ClockTime } from '../../domain/calendar.js';

/**
 * Driver duty rules, in minutes. Defaults: at most 4 h of continuous driving by day and 2 h when any of
 * it falls at night, a break of at least 20 min resets it, at most 8 h of driving a day
 * (道路交通安全法实施条例 art. 62(7): 4 h without a 20 min rest; county policy for school transport: 2 h at
 * night, 8 h a day). Night runs from `nightFrom` to `nightTo` (local clock, wrapping past midnight).
 */
export const DutyParams = z.object({
  maxContinuousDrivingMin: z.number().int().min(30).max(600).default(240),
  maxContinuousNightDrivingMin: z.number().int().min(30).max(600).default(120),
  minBreakMin: z.number().int().min(5).max(120).default(20),
  maxDailyDrivingMin: z.number().int().min(60).max(960).default(480),
  nightFrom: ClockTime.default('22:00'),
  nightTo: ClockTime.default('06:00'),
});
export type DutyParams = z.infer<typeof DutyParams>;

/** County policy and search settings of a weekend schedule; every field has a default. */
export const ScheduleParams = z.object({
  /** Candidate dismissal (Friday) or arrival (Sunday) times every this many minutes inside a window. */
  slotStepMin: z.number().int().min(5).max(180).default(15),
  /** Longest journey of a student, minutes, from leaving the first stop to arriving at the last (transfer included). */
  maxRideMin: z.number().int().min(10).max(600).default(120),
  /** Minimum time between a bus and a boat at a pier, minutes. */
  transferMin: z.number().int().min(0).max(120).default(10),
  /** Fixed dwell at every stop, seconds (door, seat belts, a word with the parent). */
  stopBaseS: z.number().int().min(0).max(1800).default(60),
  /** Extra dwell per student boarding or alighting, seconds. */
  perStudentS: z.number().int().min(0).max(600).default(10),
  /** Minimum time a vehicle is at a trip's first stop before the trip starts, minutes. */
  turnaroundMin: z.number().int().min(0).max(120).default(5),
  /** Extra cost of a window of preference p, per trip: (p − 1) × this many kilometres. */
  nonPreferredPenaltyKm: z.number().min(0).max(1000).default(30),
  /** Wall-clock budget for building the routes of every school, seconds. */
  routingTimeLimitS: z.number().min(0.1).max(600).default(24),
  /** Wall-clock budget for choosing slots and chaining trips, per direction, seconds. */
  chainingTimeLimitS: z.number().min(0.1).max(600).default(8),
  /** Seed of every random choice: the same seed and iteration limits give the same schedule. */
  seed: z.number().int().min(0).max(2 ** 31 - 1).default(1),
  duty: DutyParams.prefault({}),
});
export type ScheduleParams = z.infer<typeof ScheduleParams>;
/** What a caller may write: every field optional. */
export type ScheduleParamsInput = z.input<typeof ScheduleParams>;
