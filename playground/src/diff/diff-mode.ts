// Diff mode: two versions side by side, and what changed between them for the flows already built on the base.
import type { Change, ChangeLocation, DiffResult } from 'connector-certify';
import type { CertifyClient } from '../certify/client.js';
import { diffExamples } from '../connector/examples.js';
import type { ConnectorSource } from '../connector/source.js';
import { FileEditor } from '../editor/file-editor.js';
import type { EditorMark } from '../editor/marks.js';
import { required } from '../ui/dom.js';
import { onInputChosen } from '../ui/file-inputs.js';
import { renderChanges } from './changes-panel.js';

export type Side = 'base' | 'revision';

interface SidePane {
  editor: FileEditor;
  name: HTMLElement;
  source?: ConnectorSource;
}

export class DiffMode {
  private readonly panes: Record<Side, SidePane>;
  private readonly summary = required('#diff-summary');
  /** Counts opened versions, so a reply for versions replaced since is not shown. */
  private revision = 0;

  constructor(private readonly client: CertifyClient) {
    this.panes = {
      base: this.setUpSide('base', 'Base version', 'the base version'),
      revision: this.setUpSide('revision', 'Revision', 'the revision'),
    };
    const examples = required<HTMLSelectElement>('#diff-example');
    examples.replaceChildren(...diffExamples.map((example, index) => new Option(example.label, String(index))));
    required('#diff-open-example').addEventListener('click', () => {
      const example = diffExamples[Number(examples.value)];
      if (example) void this.openBoth(example.base, example.revision);
    });
  }

  /** Opens one version; the diff runs once both sides are open. */
  async open(side: Side, source: ConnectorSource): Promise<void> {
    this.panes[side].source = source;
    this.panes[side].name.textContent = source.label;
    await this.run();
  }

  async openBoth(base: ConnectorSource, revision: ConnectorSource): Promise<void> {
    this.panes.base.source = base;
    this.panes.revision.source = revision;
    this.panes.base.name.textContent = base.label;
    this.panes.revision.name.textContent = revision.label;
    await this.run();
  }

  setDark(dark: boolean): void {
    for (const pane of Object.values(this.panes)) pane.editor.setDark(dark);
  }

  private async run(): Promise<void> {
    const base = this.panes.base.source;
    const revision = this.panes.revision.source;
    const ticket = ++this.revision;
    if (!base || !revision) {
      this.summary.textContent = `Open the ${base ? 'revision' : 'base version'} to compare.`;
      await this.showAlone(base ? 'base' : 'revision', ticket);
      return;
    }
    this.summary.textContent = 'Comparing…';
    try {
      const reply = await this.client.call('diff', { base: base.files, revision: revision.files });
      if (ticket !== this.revision) return;
      this.panes.base.editor.open(reply.base);
      this.panes.revision.editor.open(reply.revision);
      this.show(reply.result, reply.ms);
    } catch (error) {
      if (ticket !== this.revision) return;
      this.summary.textContent = `The diff failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  /** Shows the one version open so far, so the side that was opened does not still ask for a folder. */
  private async showAlone(side: Side, ticket: number): Promise<void> {
    const source = this.panes[side].source;
    if (!source) return;
    try {
      const { texts } = await this.client.call('texts', { files: source.files });
      if (ticket === this.revision) this.panes[side].editor.open(texts);
    } catch (error) {
      if (ticket !== this.revision) return;
      this.summary.textContent = `Could not read ${source.label}: ${error instanceof Error ? error.message : error}`;
    }
  }

  private show(result: DiffResult, ms: number): void {
    for (const side of ['base', 'revision'] as const) {
      const { editor } = this.panes[side];
      for (const file of editor.files()) {
        const here = result.changes.filter((change) => change[side]?.file === file);
        editor.setMarks(file, here.map((change) => toMark(change, change[side]!)));
      }
    }
    renderChanges(required('#changes'), result, (change) => this.reveal(change));
    const breaking = result.changes.filter((change) => change.level === 'breaking').length;
    const verdict =
      breaking > 0
        ? `${breaking} breaking ${breaking === 1 ? 'change' : 'changes'}: flows built on the base version can fail`
        : 'No breaking changes';
    this.summary.textContent = `${verdict}. ${result.changes.length} changes in all, found in ${Math.round(ms)} ms.`;
    this.summary.dataset.breaking = String(breaking);
  }

  /** Shows a change in both versions; the keyboard focus goes to the revision, where the author will act. */
  private reveal(change: Change): void {
    if (change.base) this.panes.base.editor.reveal(change.base.file, change.base.range, { focus: !change.revision });
    if (change.revision) this.panes.revision.editor.reveal(change.revision.file, change.revision.range);
  }

  private setUpSide(side: Side, label: string, what: string): SidePane {
    const root = required(`.diff-side[data-side="${side}"]`);
    const parent = required('[data-role="editor"]', root);
    const editor = new FileEditor({ parent, label, readOnly: true, emptyText: `Open or drop ${what} here.` });
    for (const role of ['folder', 'files']) {
      onInputChosen(required<HTMLInputElement>(`[data-role="${role}"]`, root), (source) => void this.open(side, source));
    }
    return { editor, name: required('[data-role="name"]', root) };
  }
}

function toMark(change: Change, location: ChangeLocation): EditorMark {
  const { severity, message, ruleId, docsUrl } = change;
  return { range: location.range, severity, message, source: ruleId, docsUrl };
}
