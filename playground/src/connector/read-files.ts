// Reads connector folders from what the user gives: a drop (folders or loose files) or a file input.
import type { ConnectorFiles } from '../certify/protocol.js';
import type { ConnectorSource } from './source.js';

/**
 * Reads a drop: each dropped folder is one connector, and loose files together make one more. Folders are read one
 * level deep: a connector is flat, and subfolders only hold screenshots.
 */
export async function readDrop(dataTransfer: DataTransfer): Promise<ConnectorSource[]> {
  // Entries must be taken while the drop event is being dispatched; the list is emptied afterwards.
  const entries = [...dataTransfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => ({ entry: item.webkitGetAsEntry(), file: item.getAsFile() }));
  const sources: ConnectorSource[] = [];
  const loose: File[] = [];
  for (const { entry, file } of entries) {
    if (entry?.isDirectory) {
      const files = await filesOf(entry as FileSystemDirectoryEntry);
      sources.push({ label: entry.name, files: await readFiles(files) });
    } else if (file) {
      loose.push(file);
    }
  }
  if (loose.length > 0) sources.push(looseFiles(loose, await readFiles(loose)));
  return sources;
}

/** Reads an `<input type=file>`: with `webkitdirectory`, the top level of the chosen folder; else the files chosen. */
export async function readInput(list: FileList): Promise<ConnectorSource | undefined> {
  const files = [...list];
  if (files.length === 0) return undefined;
  const folder = files[0]!.webkitRelativePath.split('/')[0];
  if (!folder) return looseFiles(files, await readFiles(files));
  const topLevel = files.filter((file) => file.webkitRelativePath.split('/').length === 2);
  return { label: folder, files: await readFiles(topLevel) };
}

function looseFiles(files: File[], contents: ConnectorFiles): ConnectorSource {
  return { label: files.length === 1 ? files[0]!.name : `${files.length} files`, files: contents, partial: true };
}

async function readFiles(files: File[]): Promise<ConnectorFiles> {
  const contents: ConnectorFiles = {};
  // Bytes, not text: the library decodes them itself and reports a byte-order mark or invalid UTF-8.
  for (const file of files) contents[file.name] = new Uint8Array(await file.arrayBuffer());
  return contents;
}

async function filesOf(directory: FileSystemDirectoryEntry): Promise<File[]> {
  const reader = directory.createReader();
  const entries: FileSystemEntry[] = [];
  // readEntries returns the listing in batches until it returns an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    entries.push(...batch);
  }
  const fileEntries = entries.filter((entry): entry is FileSystemFileEntry => entry.isFile);
  return Promise.all(fileEntries.map((entry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject))));
}
