import { sql, type Kysely } from 'kysely';

/**
 * Splits a SQL script into statements at semicolons that end a line, leaving dollar-quoted bodies
 * (`$$ … $$`) intact. PGlite's query path takes one statement at a time, so migrations run their
 * scripts statement by statement on both PGlite and PostgreSQL.
 */
export function splitSqlScript(script: string): string[] {
  const statements: string[] = [];
  let current = '';
  let inDollar = false;
  for (const line of script.split('\n')) {
    const dollars = line.split('$$').length - 1;
    if (dollars % 2 === 1) inDollar = !inDollar;
    current += `${line}\n`;
    if (!inDollar && /;\s*$/.test(line)) {
      const statement = current.trim();
      if (statement !== ';') statements.push(statement);
      current = '';
    }
  }
  if (current.trim() !== '') statements.push(current.trim());
  return statements;
}

/** Runs every statement of a SQL script in order (inside the caller's transaction, if any). */
export async function runSqlScript(db: Kysely<unknown>, script: string): Promise<void> {
  for (const statement of splitSqlScript(script)) {
    await sql.raw(statement).execute(db);
  }
}
