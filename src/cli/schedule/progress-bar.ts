import cliProgress from 'cli-progress';
import type { ScheduleProgress } from '../../scheduling/generate-weekend-schedule.js';

/** A progress bar on stderr for schedule generation; `stop()` when done. Silent when stderr is not a terminal. */
export function scheduleProgressBar(): { update: (p: ScheduleProgress) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'schedule [{bar}] {percentage}% {stage}: {message}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(100, 0, { stage: 'setup', message: '' });
  return {
    update: (p) => bar.update(Math.round(p.fraction * 100), { stage: p.stage, message: p.message }),
    stop: () => bar.stop(),
  };
}
