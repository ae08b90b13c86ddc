// What the benchmark measures in processes of their own: cold start, the CLI's wall time, peak memory.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The middle value (the lower of the two middle ones for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Wall time of one `node <args>` run in ms; throws on a crash (exit code above 1) so no figure hides a failure. */
function timeNode(args, cwd) {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (result.status === null || result.status > 1) throw new Error(`node ${args.join(' ')} exited with ${result.status}: ${String(result.stderr).split('\n')[0]}`);
  return ms;
}

/**
 * Median wall time of each command line, run `runs` times in turns (a, b, c, a, b, c, ...) so that a busy machine
 * slows all of them alike: the ratios stay comparable even when the absolute times do not.
 */
export function medianWalls(commandLines, { runs, cwd }) {
  const times = commandLines.map(() => []);
  for (let i = 0; i < runs; i++) commandLines.forEach((args, k) => times[k].push(timeNode(args, cwd)));
  return times.map(median);
}

/** Peak resident memory of a `node <args>` run in MB, from GNU time; undefined where /usr/bin/time is missing. */
export function peakRssMb(args, cwd) {
  if (!existsSync('/usr/bin/time')) return undefined;
  const result = spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb %M', process.execPath, ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status === null || result.status > 1) throw new Error(`node ${args.join(' ')} exited with ${result.status}: ${String(result.stderr).split('\n')[0]}`);
  const kb = /peak-rss-kb (\d+)/.exec(String(result.stderr))?.[1];
  return kb === undefined ? undefined : Number(kb) / 1024;
}
