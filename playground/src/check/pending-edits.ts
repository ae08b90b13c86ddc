// The edits made in the editor since the worker last had the files: sent as changes rather than whole texts, so a
// keystroke in a 1 MB swagger sends a character, not a megabyte.
import type { ChangeSet } from '@codemirror/state';
import type { FileEdits, TextChange } from '../certify/protocol.js';

export class PendingEdits {
  /** Per edited file, its changes since the last send, or 'whole' for a file to send whole. */
  private readonly pending = new Map<string, ChangeSet | 'whole'>();
  /** The files whose text, as the editor holds it, the worker has had. */
  private readonly sent = new Set<string>();

  /** Forgets everything, for a newly opened connector. */
  clear(): void {
    this.pending.clear();
    this.sent.clear();
  }

  add(file: string, changes: ChangeSet): void {
    const pending = this.pending.get(file);
    // The first edit sends the whole text: the worker's copy is the file as read, whose line endings the editor may
    // have changed, so positions in the editor do not apply to it.
    if (pending === 'whole' || !this.sent.has(file)) this.pending.set(file, 'whole');
    else this.pending.set(file, pending ? pending.compose(changes) : changes);
  }

  /** The edits to send, emptying the list; `textOf` gives a file's whole text. */
  take(textOf: (file: string) => string): FileEdits {
    const edits: FileEdits = {};
    for (const [file, pending] of this.pending) {
      edits[file] = pending === 'whole' ? textOf(file) : changeList(pending);
      this.sent.add(file);
    }
    this.pending.clear();
    return edits;
  }
}

function changeList(changes: ChangeSet): TextChange[] {
  const list: TextChange[] = [];
  changes.iterChanges((from, to, _fromB, _toB, inserted) => list.push([from, to, inserted.toString()]));
  return list;
}
