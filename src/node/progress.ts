/** Redraws at most this often: a terminal is slower than the checks. */
const intervalMs = 100;
const barWidth = 24;
/** A bar for one or two folders would only flicker. */
const minFolders = 4;

export interface Progress {
  update(done: number, findings: number): void;
  /**
   * Erases the bar, leaving the terminal as it was: at the end, and before other text goes to the same terminal (the
   * next update draws it again below that text).
   */
  clear(): void;
}

/**
 * A one-line progress bar (`[#####-----] 120/639 folders  1234 findings  3.2s`) on a terminal stream; on anything
 * else (a pipe, a CI log), or for a few folders, it draws nothing.
 */
export function progressBar(terminal: () => NodeJS.WriteStream, total: number): Progress {
  // The stream is asked for only when the bar may be drawn: a small check leaves stderr unmade (cli.ts).
  const stream = total < minFolders ? undefined : terminal();
  if (!stream?.isTTY) return { update() {}, clear() {} };
  const started = Date.now();
  let drawn = 0;
  let shown = false;
  const clear = () => {
    if (shown) stream.write('\r\u001b[K');
    shown = false;
    drawn = 0;
  };
  return {
    update(done, findings) {
      const now = Date.now();
      if (now - drawn < intervalMs && done < total) return;
      drawn = now;
      shown = true;
      const filled = Math.round((done / total) * barWidth);
      const elapsed = ((now - started) / 1000).toFixed(1);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${done}/${total} folders  ${findings} findings  ${elapsed}s\u001b[K`);
    },
    clear,
  };
}
