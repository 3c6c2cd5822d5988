import type { ReplanResult } from '../../scheduling/replan/replan.js';
import { describeEvent } from '../../scheduling/replan/replan-event.js';
import { formatTable } from '../output/text-table.js';

const changeText = (c: { kind: string; direction: string; runId?: string; before: string | null; after: string | null }) =>
  `${[c.direction, c.runId, `${c.kind}:`].filter((x) => x !== undefined).join(' ')} ${c.before ?? '—'}  =>  ${c.after ?? '—'}`;

/**
 * The re-plan for a terminal: the event, what it broke, how each school was repaired, the permit change
 * list per school (with the students to tell) and per operator (plates to file again), students left
 * without a ride with the reason, runs unchanged, the validator's verdict and the time taken.
 */
export function formatReplanReport(r: ReplanResult): string {
  const out: string[] = [`event: ${describeEvent(r.event)}`, `broken runs: ${r.broken.size}`];
  for (const [id, reasons] of [...r.broken].sort(([a], [b]) => (a < b ? -1 : 1))) out.push(`  ${id}: ${reasons.join(', ')}`);
  if (r.repairs.length > 0) {
    out.push('', formatTable(['school', 'direction', 'repair', 'broken runs', 'served before', 'served after'],
      r.repairs.map((u) => [u.schoolId, u.direction, u.tier, u.brokenRuns, u.servedBefore, u.servedAfter])));
  }
  out.push('', 'changes per school:');
  if (r.changes.schools.length === 0) out.push('  none');
  for (const s of r.changes.schools) {
    out.push(`  ${s.schoolId}: ${s.changes.length} change(s), ${s.affectedStudentIds.length} student(s) to tell, ${s.newlyUnserved.length} left without a ride`);
    for (const c of s.changes) out.push(`    ${changeText(c)}`);
  }
  out.push('', 'changes per operator:');
  if (r.changes.operators.length === 0) out.push('  none');
  for (const o of r.changes.operators) {
    out.push(`  ${o.operatorId}: plates to file again: ${o.vehiclesToRefile.join(', ') || 'none'}`);
    for (const c of o.changes) out.push(`    ${c.schoolId} ${changeText(c)}`);
  }
  if (r.unserved.length > 0) {
    out.push('', `left without a ride (${r.unserved.length}):`);
    out.push(formatTable(['student', 'school', 'direction', 'reason', 'why'], r.unserved.map((u) => [u.studentId, u.schoolId, u.direction, u.reasonCode, u.reason])));
  }
  out.push(
    '',
    `students affected: ${r.changes.studentsAffected} (left without a ride: ${r.unserved.length})`,
    `runs unchanged: ${r.runsUnchanged} / ${r.runsTotal} (${((100 * r.runsUnchanged) / Math.max(1, r.runsTotal)).toFixed(1)} %)`,
    r.violations.length === 0 ? 'validateSchedule: every hard rule holds' : `validateSchedule: ${r.violations.length} violation(s)\n${r.violations.slice(0, 20).map((v) => `  ${v.code}: ${v.message}`).join('\n')}`,
    `time: ${r.seconds.toFixed(2)} s`,
  );
  return out.join('\n');
}
