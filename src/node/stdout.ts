import { fstatSync, statSync, writeSync } from 'node:fs';

/** Where a command's output goes: standard output (below or process.stdout itself), or a test's collector. */
export interface OutputStream {
  readonly isTTY?: boolean;
  /** `callback` gets the error of the write, if any, once the text has been handed on. */
  write(text: string | Uint8Array, callback: (error?: Error | null) => void): unknown;
}

/**
 * Standard output for the commands. A pipe, a socket, a regular file or /dev/null is written with `fs.writeSync`: for
 * a pipe or a socket Node would make process.stdout a `net.Socket`, loading node:net (9 to 11 ms of a small `check`
 * from making it to the callback of its write, against under 1 ms), and for the others a stream (about 1 ms more). A
 * terminal or another device gets process.stdout itself. A descriptor left non-blocking by whoever opened it can refuse a write (EAGAIN) when its
 * reader is slow: that write's rest and all later ones then go to process.stdout, which waits for the reader.
 * Every stream made here has a listener for 'error', so a failed write reaches its callback alone and Node does not
 * also throw it as an uncaught event.
 */
export function standardOutput(): OutputStream {
  if (!writtenDirectly()) return processStdout();
  let fallback: NodeJS.WriteStream | undefined;
  return {
    isTTY: false,
    write(text, callback) {
      if (fallback) return fallback.write(text, callback);
      const bytes = typeof text === 'string' ? Buffer.from(text) : text;
      let written = 0;
      try {
        while (written < bytes.length) written += writeSync(1, bytes, written);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') {
          callback(error as Error);
          return false;
        }
        fallback = processStdout();
        return fallback.write(bytes.subarray(written), callback);
      }
      callback(null);
      return true;
    },
  };
}

function writtenDirectly(): boolean {
  try {
    const stat = fstatSync(1);
    // /dev/null is told from a terminal by its device number: node:tty, which could tell, loads node:net.
    return stat.isFIFO() || stat.isSocket() || stat.isFile() || (stat.isCharacterDevice() && stat.rdev === statSync('/dev/null').rdev);
  } catch {
    return false;
  }
}

function processStdout(): NodeJS.WriteStream {
  process.stdout.on('error', () => {});
  return process.stdout;
}
