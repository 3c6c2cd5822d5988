import { parseArgs } from 'node:util';
import { z } from 'zod';
import { addDays, IsoDate } from '../../domain/calendar.js';
import { Weather, type DayConditions } from '../../domain/conditions.js';
import { EntityId } from '../../domain/entity-id.js';
import { InvalidInput } from '../../domain/errors.js';
import type { ScheduleRequestInput } from '../../scheduling/request/schedule-request.js';

const Args = z.object({
  friday: IsoDate,
  weatherFriday: Weather,
  weatherSaturday: Weather,
  weatherSunday: Weather,
  close: z.array(EntityId),
  out: z.string().min(1).optional(),
  data: z.string().min(1).optional(),
  store: z.boolean(),
  timeLimit: z.coerce.number().positive().max(600).optional(),
  seed: z.coerce.number().int().min(0).optional(),
});
/** The options of `npm run schedule`. */
export type ScheduleArgs = z.infer<typeof Args>;

/** One line of usage, shown with a flag error. */
export const USAGE = 'usage: npm run schedule -- --friday YYYY-MM-DD [--weather-friday clear|rain|fog|snow] [--weather-saturday …] [--weather-sunday …] [--close SEGMENT_ID …] [--out FILE] [--data DIR] [--store] [--time-limit S] [--seed N]';

/**
 * Parses the flags of `npm run schedule`; an unknown flag throws `InvalidInput` with the usage, a bad
 * value a `ZodError` naming the flag. `--close` may repeat and closes the segment (or boat leg) all weekend.
 */
export function parseScheduleArgs(argv: readonly string[]): ScheduleArgs {
  let values: ReturnType<typeof flags>['values'];
  try {
    values = flags(argv).values;
  } catch (error) {
    throw new InvalidInput(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (values.friday === undefined) throw new InvalidInput(`--friday is required\n${USAGE}`);
  return Args.parse({
    friday: values.friday, weatherFriday: values['weather-friday'], weatherSaturday: values['weather-saturday'], weatherSunday: values['weather-sunday'],
    close: values.close ?? [], out: values.out, data: values.data, store: values.store, timeLimit: values['time-limit'], seed: values.seed,
  });
}

function flags(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      friday: { type: 'string' },
      'weather-friday': { type: 'string', default: 'clear' },
      'weather-saturday': { type: 'string', default: 'clear' },
      'weather-sunday': { type: 'string', default: 'clear' },
      close: { type: 'string', multiple: true },
      out: { type: 'string' },
      data: { type: 'string' },
      store: { type: 'boolean', default: false },
      'time-limit': { type: 'string' },
      seed: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
}

/**
 * The schedule request of the arguments: weather per day, the closed segments on every day.
 * `--time-limit S` shares S seconds between routing (75 %) and the two chaining steps.
 */
export function requestOf(args: ScheduleArgs): ScheduleRequestInput {
  const closed = args.close.map((id) => ({ id, reason: 'closed (--close)', from: null, to: null }));
  const day = (weather: DayConditions['weather']) => ({ weather, closed });
  const params = {
    ...(args.seed === undefined ? {} : { seed: args.seed }),
    ...(args.timeLimit === undefined ? {} : { routingTimeLimitS: args.timeLimit * 0.75, chainingTimeLimitS: Math.max(0.5, args.timeLimit * 0.1) }),
  };
  return {
    friday: args.friday,
    conditions: { [args.friday]: day(args.weatherFriday), [addDays(args.friday, 1)]: day(args.weatherSaturday), [addDays(args.friday, 2)]: day(args.weatherSunday) },
    params,
  };
}
