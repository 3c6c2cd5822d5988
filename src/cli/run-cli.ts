import { ZodError } from 'zod';
import { DomainError } from '../domain/errors.js';

/** Exit codes, as VROOM separates them: bad input, a routing/state problem, an internal error. */
export const EXIT = { ok: 0, input: 2, state: 3, internal: 1 } as const;

/** Prints an error for a person at a terminal: the message and each detail on its own line. */
export function describeError(error: unknown): { text: string; code: number } {
  if (error instanceof ZodError) {
    const lines = error.issues.map((i) => `  ${i.path.length > 0 ? `${i.path.join('.')}: ` : ''}${i.message}`);
    return { text: ['invalid arguments:', ...lines].join('\n'), code: EXIT.input };
  }
  if (error instanceof DomainError) {
    const shown = error.details.slice(0, 50).map((d) => {
      const where = [d.file, d.row === undefined ? undefined : `row ${d.row}`, d.field].filter((x) => x !== undefined).join(', ');
      return `  ${where === '' ? '' : `${where}: `}${d.message}`;
    });
    if (error.details.length > shown.length) shown.push(`  … and ${error.details.length - shown.length} more`);
    return { text: [`${error.code}: ${error.message}`, ...shown].join('\n'), code: error.code === 'invalid_input' ? EXIT.input : EXIT.state };
  }
  return { text: `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, code: EXIT.internal };
}

/** Runs a command's main function with the process arguments and turns errors into exit codes. */
export function runCli(main: (argv: string[]) => Promise<void>): void {
  main(process.argv.slice(2)).then(
    () => {
      process.exitCode = EXIT.ok;
    },
    (error: unknown) => {
      const { text, code } = describeError(error);
      console.error(text);
      process.exitCode = code;
    },
  );
}
