import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConnector, roleOf, unreadFile, type ConnectorFile, type ConnectorInput, type FileRole } from '../parse/connector.js';
import { defaultLimits } from '../parse/limits.js';

/** The files of a connector an editor shows findings in. */
export const editedRoles: ReadonlySet<FileRole> = new Set(['apiDefinition', 'apiProperties', 'readme', 'script']);

/** Editor and OS clutter, never part of a connector (as `loadConnector` skips it). */
const clutter = new Set(['.ds_store', 'thumbs.db', 'desktop.ini']);

/** An open buffer: its text and the editor's version of it. */
export interface Buffer {
  text: string;
  version: number;
}

/**
 * One connector folder as the server sees it: the files on disk with the open buffers in their place. Each file is
 * parsed once per content (a buffer's version, a disk file's size and modification time), so typing in the readme does
 * not parse a 1 MB swagger again.
 */
export class ConnectorFolder {
  private parsed = new Map<string, { key: string; file: ConnectorFile }>();

  constructor(readonly dir: string) {}

  /** The folder's input: disk files, open buffers (by file name) taking precedence. */
  async read(buffers: ReadonlyMap<string, Buffer>): Promise<ConnectorInput> {
    const names = new Set(buffers.keys());
    let entries: Dirent[] = [];
    try {
      entries = await readdir(this.dir, { withFileTypes: true });
    } catch {
      // A folder deleted or unreadable under an open buffer: the buffers alone are checked.
    }
    const disk = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && !clutter.has(e.name.toLowerCase()) && !names.has(e.name));
    const files = await Promise.all([
      ...[...buffers].map(async ([name, buffer]) => this.parse(name, `buffer:${buffer.version}:${buffer.text.length}`, async () => buffer.text)),
      ...disk.map((entry) => this.fromDisk(entry.name)),
    ]);
    const present = files.filter((file): file is ConnectorFile => file !== undefined);
    for (const name of this.parsed.keys()) if (!present.some((file) => file.name === name)) this.parsed.delete(name);
    present.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { kind: 'connector-input', files: present };
  }

  private async fromDisk(name: string): Promise<ConnectorFile | undefined> {
    const path = join(this.dir, name);
    try {
      const info = await stat(path);
      if (!info.isFile()) return undefined;
      // As loadConnector does: a file over the limit is not read, and rule artifact-size-limit reports it.
      if (info.size > defaultLimits.maxFileBytes) {
        const detail = `It is ${info.size} bytes, over the limit of ${defaultLimits.maxFileBytes} (limits.maxFileBytes).`;
        return unreadFile(name, 'too-large', detail, info.size);
      }
      return await this.parse(name, `disk:${info.size}:${info.mtimeMs}`, () => readFile(path));
    } catch {
      return undefined; // gone between listing and reading: the next check sees the folder as it is then
    }
  }

  private async parse(name: string, key: string, content: () => Promise<string | Uint8Array>): Promise<ConnectorFile> {
    const cached = this.parsed.get(name);
    if (cached?.key === key) return cached.file;
    const file = parseConnector({ [name]: await content() }).files[0]!;
    this.parsed.set(name, { key, file });
    return file;
  }
}

/** Whether the server checks a file of this name. */
export function isEditedFile(name: string): boolean {
  return editedRoles.has(roleOf(name));
}
