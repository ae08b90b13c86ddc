import { parseConnector, roleOf, type ConnectorInput, type FileRole } from '../../parse/connector.js';
import { LoadError, loadConnector } from '../load.js';

/** The files of a connector an editor shows findings in. */
export const editedRoles: ReadonlySet<FileRole> = new Set(['apiDefinition', 'apiProperties', 'readme', 'script']);

/** An open buffer: its text and the editor's version of it. */
export interface Buffer {
  text: string;
  version: number;
}

/**
 * One connector folder as the server sees it: the files on disk, read as `loadConnector` reads them, with the open
 * buffers in their place. Files whose content is unchanged since the last read are reused, not parsed again, so
 * typing in the readme does not parse a 1 MB swagger again.
 */
export class ConnectorFolder {
  private disk: ConnectorInput | undefined;
  private open: ConnectorInput | undefined;

  constructor(readonly dir: string) {}

  /** The folder's input: disk files, open buffers (by file name) taking precedence. */
  async read(buffers: ReadonlyMap<string, Buffer>): Promise<ConnectorInput> {
    try {
      this.disk = await loadConnector(this.dir, { reuseFrom: this.disk });
    } catch (error) {
      // A folder deleted or unreadable under an open buffer: the buffers alone are checked.
      if (!(error instanceof LoadError)) throw error;
      this.disk = undefined;
    }
    const texts = Object.fromEntries([...buffers].map(([name, buffer]) => [name, buffer.text]));
    this.open = parseConnector(texts, { reuseFrom: this.open });
    const files = [...this.open.files, ...(this.disk?.files.filter((file) => !buffers.has(file.name)) ?? [])];
    files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { kind: 'connector-input', files };
  }
}

/** Whether the server checks a file of this name. */
export function isEditedFile(name: string): boolean {
  return editedRoles.has(roleOf(name));
}
