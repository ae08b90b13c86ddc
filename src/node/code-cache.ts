import { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/**
 * A CommonJS bundle run through V8's code cache: the bytecode of every function the first run compiled, kept in a
 * file beside the bundle, so that later runs skip parsing and compiling (about half of a small `check`'s start-up;
 * docs/architecture.md). Node 20 caches no ES module, hence a script compiled here. The bundle is written inside
 * the function Node's loader would wrap a module in (`(function (exports, require, module, __filename, __dirname)
 * {...})`), so its text is compiled as read: wrapping it here copied all of it once more (3 ms for 0.6 MB).
 *
 * The cache is trusted no more than V8 checks it: a file of ours carries the CRC-32 of the bundle it was made from
 * and of its own bytes, so a bundle rebuilt at the same length (V8 checks only the length) or a damaged file is never
 * handed to V8. A cache V8 refuses (another Node version or V8 flags) or a missing one is made anew after the run; a
 * folder that cannot be written (a read-only install) only means no cache. Any failure falls back to compiling.
 * A script has no dynamic `import()` of its own (Node's hook for it is experimental in Node 20): the bin hands its own
 * to the commands (`Runtime.importModule`).
 */
export interface LoadedBundle {
  exports: unknown;
  /** Whether V8 took the cache: the bytecode came from it. */
  cached: boolean;
  /** Writes the cache if the bundle ran without a usable one; never throws. */
  saveCache(): void;
}

const magic = 0x43434331; // "CCC1"
const headerBytes = 12;

/**
 * `variant` names the cache: each command keeps its own, made after its first run, since a cache holds only the
 * functions that run compiled (one made by `--help` would leave `check` compiling its rules every time).
 */
export function loadBundle(file: string, variant: string): LoadedBundle {
  const crc32 = crc32Function();
  // The `process` global: an import of node:process would build its namespace, reading every stream and the report.
  const cacheFile = `${file}.${variant}.${process.versions.v8}-${process.arch}.cache`;
  // Both files are read into one buffer, the bundle then the cache over it: a fresh page costs far more than reading
  // into it (about 10 us where the start-up is measured), and a second buffer would be 150 fresh pages more.
  const bundleFd = openSync(file, 'r');
  const cacheFd = crc32 ? openOrUndefined(cacheFile) : undefined;
  let source: string;
  let sourceCrc: number | undefined;
  let cachedData: Buffer | undefined;
  try {
    const bundleSize = fstatSync(bundleFd).size;
    const cacheSize = cacheFd === undefined ? 0 : fstatSync(cacheFd).size;
    const buffer = Buffer.allocUnsafeSlow(Math.max(bundleSize, cacheSize));
    const bytes = readInto(bundleFd, buffer, bundleSize);
    source = bytes.toString('utf8');
    sourceCrc = crc32?.(bytes);
    if (cacheFd !== undefined) cachedData = readCache(cacheFd, buffer.subarray(0, cacheSize), sourceCrc!, crc32!);
  } finally {
    closeSync(bundleFd);
    if (cacheFd !== undefined) closeSync(cacheFd);
  }
  const script = new Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  (script.runInThisContext() as Function)(module.exports, createRequire(file), module, file, dirname(file));
  const cached = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: module.exports,
    cached,
    saveCache() {
      if (cached || sourceCrc === undefined) return;
      writeCache(cacheFile, sourceCrc, crc32!, () => script.createCachedData());
    },
  };
}

function openOrUndefined(path: string): number | undefined {
  try {
    return openSync(path, 'r');
  } catch {
    return undefined;
  }
}

/** The file's first `size` bytes, read into the start of `buffer`; fewer if the file is shorter by now. */
function readInto(fd: number, buffer: Buffer, size: number): Buffer {
  let read = 0;
  while (read < size) {
    const n = readSync(fd, buffer, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  return buffer.subarray(0, read);
}

/** `zlib.crc32` (Node 20.15 and later); loaded only here, since `--version` needs no zlib. Without it, no cache. */
function crc32Function(): ((data: Uint8Array) => number) | undefined {
  const zlib = createRequire(import.meta.url)('node:zlib') as { crc32?: (data: Uint8Array) => number };
  return zlib.crc32;
}

/** The cache's payload, read into `buffer`, if it can be read and our header matches the bundle and the payload. */
function readCache(fd: number, buffer: Buffer, sourceCrc: number, crc32: (data: Uint8Array) => number): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readInto(fd, buffer, buffer.length);
  } catch {
    return undefined;
  }
  if (bytes.length <= headerBytes || bytes.readUInt32LE(0) !== magic || bytes.readUInt32LE(4) !== sourceCrc) return undefined;
  const data = bytes.subarray(headerBytes);
  return crc32(data) === bytes.readUInt32LE(8) ? data : undefined;
}

/**
 * Written under a name of this process's, then renamed: a run at the same time reads the old file or the new one. The
 * temporary file is made first (exclusively, so never through a link left there): where it cannot be, as in a
 * read-only install, V8 is not asked to serialize the cache at all.
 */
function writeCache(cacheFile: string, sourceCrc: number, crc32: (data: Uint8Array) => number, cacheData: () => Buffer): void {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  let fd: number;
  try {
    fd = openSync(temporary, 'wx');
  } catch {
    return;
  }
  try {
    const data = cacheData();
    const header = Buffer.alloc(headerBytes);
    header.writeUInt32LE(magic, 0);
    header.writeUInt32LE(sourceCrc, 4);
    header.writeUInt32LE(crc32(data), 8);
    writeFileSync(fd, header);
    writeFileSync(fd, data);
    closeSync(fd);
    renameSync(temporary, cacheFile);
  } catch {
    try {
      closeSync(fd);
    } catch {
      // Closed already.
    }
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing to remove.
    }
  }
}
