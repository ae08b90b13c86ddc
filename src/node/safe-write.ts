import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, realpath, rename, rm, stat, writeFile } from './fs-async.js';
import { rmSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './errors.js';

/**
 * The files of connector folders a command reads, by identity (device and inode), so that no spelling of a path,
 * symbolic link, hard link or case-insensitive file system can make a write land on one of them.
 */
export type ProtectedFiles = ReadonlySet<string>;

const identity = (info: Stats) => `${info.dev}:${info.ino}`;

/** Every file directly in the folders (what the loader reads), links followed; folders that cannot be read add nothing. */
export async function connectorFiles(folders: readonly string[]): Promise<ProtectedFiles> {
  const ids = new Set<string>();
  await Promise.all(
    folders.map(async (folder) => {
      const names = await readdir(folder).catch(() => [] as string[]);
      await Promise.all(
        names.map(async (name) => {
          const info = await stat(join(folder, name)).catch(() => undefined);
          if (info?.isFile()) ids.add(identity(info));
        }),
      );
    }),
  );
  return ids;
}

export interface SafeWriteOptions {
  /** What is written, for messages: 'report', 'baseline'. */
  what: string;
  /** Files that are never written over. */
  protect: ProtectedFiles;
  /** When given, an existing file is replaced only if this accepts its text (then even a protected one: it is ours). */
  replaces?: { accepts: (text: string) => boolean; refusal: string };
}

/**
 * Writes `text` to `path` without ever losing a file: never onto a protected file, and atomically (a temporary file
 * beside the target, then a rename), so an interrupted run leaves the previous file whole. A device or pipe
 * (`/dev/stdout`) is written in place: it cannot be renamed over. Every refusal or failure is a one-line `UsageError`.
 */
export async function writeSafely(path: string, text: string, options: SafeWriteOptions): Promise<void> {
  // Through a link, the file it points at is replaced and the link kept.
  const target = await realpath(path).catch(() => path);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new UsageError(`Cannot write the ${options.what} to '${path}': it is a folder.`);
  // A file this tool wrote (a baseline) is not the connector's, even in its folder: it may be replaced.
  const ours = existing?.isFile() && options.replaces ? options.replaces.accepts(await readFile(target, 'utf8').catch(() => '')) : false;
  if (existing && options.protect.has(identity(existing)) && !ours) {
    throw new UsageError(`Refusing to write the ${options.what} onto '${path}': it is a file of a connector this command reads; write it outside the connector's folder.`);
  }
  if (existing && options.replaces && !ours) throw new UsageError(`Refusing to overwrite '${path}': ${options.replaces.refusal}`);
  const failed = (error: unknown) => new UsageError(`Cannot write the ${options.what} to '${path}' (${(error as Error).message.split('\n')[0]}).`);
  if (existing && !existing.isFile()) {
    await writeFile(target, text).catch((error: unknown) => Promise.reject(failed(error)));
    return;
  }
  await replaceAtomically(target, text, existing?.mode, failed);
}

/**
 * Rewrites a connector's own file on purpose (`check --fix`): the file it names, reached through links, atomically,
 * keeping its permissions, and only if it still holds `expected` (the text the fixes were computed from), so an edit
 * made meanwhile in an editor is never lost. Every refusal or failure is a one-line `UsageError`.
 */
export async function rewriteFile(path: string, text: string, expected: string): Promise<void> {
  const target = await realpath(path).catch(() => path);
  const existing = await stat(target).catch(() => undefined);
  if (!existing?.isFile()) throw new UsageError(`Cannot fix '${path}': it is no longer a file.`);
  const now = await readFile(target, 'utf8').catch(() => undefined);
  if (now !== expected) throw new UsageError(`Not fixing '${path}': it changed while it was being checked; run the command again.`);
  await replaceAtomically(target, text, existing.mode, (error) => new UsageError(`Cannot fix '${path}' (${(error as Error).message.split('\n')[0]}).`));
}

/** A temporary file beside the target, then a rename: an interrupted run leaves the previous file whole. */
async function replaceAtomically(target: string, text: string, mode: number | undefined, failed: (error: unknown) => UsageError): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const removeOnSignal = removingOnSignal(temporary);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(temporary, text, { flag: 'wx', mode: mode === undefined ? 0o666 : mode & 0o777 });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw failed(error);
  } finally {
    removeOnSignal.stop();
  }
}

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Until `stop()`, Ctrl+C (or a kill) removes the temporary file, then ends the process as the signal would have.
 * Only where nobody else listens: a program with its own handlers decides for itself.
 */
function removingOnSignal(temporary: string): { stop(): void } {
  const handler = (signal: NodeJS.Signals) => {
    stop();
    rmSync(temporary, { force: true });
    process.kill(process.pid, signal);
  };
  const mine = signals.filter((signal) => process.listenerCount(signal) === 0);
  for (const signal of mine) process.on(signal, handler);
  const stop = () => {
    for (const signal of mine) process.off(signal, handler);
  };
  return { stop };
}
