import { parseArgs } from 'node:util';
import { z } from 'zod';
import { InvalidInput } from '../../domain/errors.js';
import { parseReplanEvent, type ReplanEvent } from '../../scheduling/replan/replan-event.js';

const Args = z.object({
  schedule: z.string().min(1).optional(),
  from: z.string().min(1).optional(),
  data: z.string().min(1).optional(),
  store: z.boolean(),
  out: z.string().min(1).optional(),
  timeLimit: z.coerce.number().positive().max(600).optional(),
});
/** The options of `npm run replan`, with the event parsed. */
export type ReplanArgs = z.infer<typeof Args> & { readonly event: ReplanEvent };

/** One line of usage, shown with a flag error. */
export const REPLAN_USAGE = 'usage: npm run replan -- (--schedule ID | --from FILE [--data DIR]) --event \'{"kind":"vehicle-out","vehicleId":"BUS012","reason":"breakdown"}\' [--store] [--out FILE] [--time-limit S]';

/**
 * Parses the flags of `npm run replan`: the schedule (a stored version `--schedule ID`, or an export
 * `--from FILE`), the event as JSON (`--event`, kinds vehicle-out, road-closed, weather,
 * window-changed). Bad flags, JSON that does not parse and bad event fields throw `InvalidInput`
 * (exit code 2) naming the problem.
 */
export function parseReplanArgs(argv: readonly string[]): ReplanArgs {
  let values: ReturnType<typeof flags>['values'];
  try {
    values = flags(argv).values;
  } catch (error) {
    throw new InvalidInput(`${error instanceof Error ? error.message : String(error)}\n${REPLAN_USAGE}`);
  }
  if ((values.schedule === undefined) === (values.from === undefined)) throw new InvalidInput(`give either --schedule ID or --from FILE\n${REPLAN_USAGE}`);
  if (values.event === undefined) throw new InvalidInput(`--event is required\n${REPLAN_USAGE}`);
  if (values.store === true && values.from !== undefined) throw new InvalidInput(`--store needs the database: use --schedule ID\n${REPLAN_USAGE}`);
  let json: unknown;
  try {
    json = JSON.parse(values.event);
  } catch (error) {
    throw new InvalidInput(`--event is not JSON (${error instanceof Error ? error.message : String(error)})`, [{ field: 'event', message: 'not JSON' }]);
  }
  const args = Args.parse({ schedule: values.schedule, from: values.from, data: values.data, store: values.store, out: values.out, timeLimit: values['time-limit'] });
  return { ...args, event: parseReplanEvent(json) };
}

function flags(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      schedule: { type: 'string' },
      from: { type: 'string' },
      data: { type: 'string' },
      event: { type: 'string' },
      store: { type: 'boolean', default: false },
      out: { type: 'string' },
      'time-limit': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
}
