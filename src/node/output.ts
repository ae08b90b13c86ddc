import { UsageError } from './errors.js';
import { writeSafely, type ProtectedFiles } from './safe-write.js';
import type { OutputStream } from './stdout.js';

/**
 * Writes a report to `--output` when given (never onto a connector's file, atomically), else to standard output,
 * piece by piece, so a report given in pieces is never joined into one string there.
 */
export async function writeReport(
  text: string | Iterable<string>,
  output: string | undefined,
  stdout: OutputStream,
  protect: ProtectedFiles,
): Promise<void> {
  if (output !== undefined) return writeSafely(output, typeof text === 'string' ? text : [...text].join(''), { what: 'report', protect });
  for (const piece of typeof text === 'string' ? [text] : text) {
    if (!(await writeOut(stdout, piece))) return;
  }
}

/** Where a report goes piece by piece. */
export interface ReportSink {
  write(piece: string): Promise<void>;
  /** Writes what was held back. */
  close(): Promise<void>;
}

/**
 * Standard output, each piece written as it comes (after the reader goes away, nothing more is written); or, with
 * `--output` or `hold`, the pieces kept and written whole by `writeReport` on `close`.
 */
export function reportSink(output: string | undefined, stdout: OutputStream, protect: ProtectedFiles, hold = false): ReportSink {
  if (output !== undefined || hold) {
    const pieces: string[] = [];
    return {
      async write(piece) {
        pieces.push(piece);
      },
      close: () => writeReport(pieces, output, stdout, protect),
    };
  }
  let open = true;
  return {
    async write(piece) {
      if (open && piece) open = await writeOut(stdout, piece);
    },
    async close() {},
  };
}

/**
 * Writes to standard output and waits until it is flushed; false when the reader went away (`| head -1`), which ends
 * the output quietly. Any other failure (`> /dev/full`) is a one-line `UsageError`, so it cannot pass for "findings
 * found".
 */
export function writeOut(stdout: OutputStream, text: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    stdout.write(text, (error) => {
      if (!error) resolve(true);
      else if ((error as NodeJS.ErrnoException).code === 'EPIPE') resolve(false);
      else reject(new UsageError(`Cannot write to standard output (${error.message.split('\n')[0]}).`));
    });
  });
}

export type FailOn = 'error' | 'warning' | 'never';

/** Exit code 1 when anything reaches the `--fail-on` level. */
export function exitCode(items: ReadonlyArray<{ severity: string }>, failOn: FailOn): number {
  if (failOn === 'never') return 0;
  return items.some((i) => i.severity === 'error' || (failOn === 'warning' && i.severity === 'warning')) ? 1 : 0;
}
