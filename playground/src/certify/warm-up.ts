// V8 optimises a function only after it has run a while, and a new worker has run nothing: the first validations of a
// 1 MB connector run partly in its lower tiers (docs/architecture.md, "The playground's worker"). So while the author
// reads a large connector just opened, the worker validates it again, and the first keystrokes find warmer code.

export interface WarmUpLimits {
  /** Most runs. */
  runs: number;
  /** Most time spent in all, in ms: the end on a slow machine. */
  budgetMs: number;
}

export const warmUpLimits: WarmUpLimits = { runs: 20, budgetMs: 2000 };

/**
 * Connectors smaller than this are not warmed up: a keystroke in one is checked in a few ms even by cold code, so the
 * runs would cost the author's CPU for nothing they could see. (The corpus's swaggers average 67 KB.)
 */
export const warmUpFromBytes = 256 * 1024;

/** Whether a connector is large enough to warm up for. */
export function worthWarmingUp(files: Record<string, string | Uint8Array>): boolean {
  let size = 0;
  for (const content of Object.values(files)) size += content.length;
  return size >= warmUpFromBytes;
}

/**
 * Calls `run` (which returns how long it took, in ms) again and again within the limits, each call a task of its own
 * so that a message from the page waiting meanwhile goes first. Returns the function that stops it, which the worker
 * calls on every message: work the author asked for waits behind no more than the run in progress.
 */
export function warmUp(
  run: () => number,
  limits: WarmUpLimits = warmUpLimits,
  schedule: (task: () => void) => void = (task) => setTimeout(task),
): () => void {
  let stopped = false;
  let runs = 0;
  let spentMs = 0;
  const next = () => {
    if (stopped || runs >= limits.runs || spentMs >= limits.budgetMs) return;
    spentMs += run();
    runs++;
    schedule(next);
  };
  schedule(next);
  return () => {
    stopped = true;
  };
}
