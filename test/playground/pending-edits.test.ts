// The playground sends the worker only the editor's changes after a file's first edit: whatever the edits, the
// worker's copy must end up equal to the editor's text.
import { EditorState, type ChangeSpec } from '@codemirror/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../playground/src/certify/text-changes.js';
import { PendingEdits } from '../../playground/src/check/pending-edits.js';

const file = 'apiDefinition.swagger.json';

/** The worker's side: the file as read, then each send applied to it. */
function workerCopy(initial: string) {
  let text = initial;
  return {
    receive(edits: ReturnType<PendingEdits['take']>) {
      const edit = edits[file];
      if (edit !== undefined) text = typeof edit === 'string' ? edit : applyChanges(text, edit);
    },
    get text() {
      return text;
    },
  };
}

/** A random edit of a document of `length` characters: where, how much to delete, what to insert. */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 6 }),
  insert: fc.string({ unit: fc.constantFrom('a', 'b', '\n', '{', '"', ' ', 'é', '😀'), maxLength: 5 }),
});

describe('pending edits', () => {
  it('sends a file whole at its first edit, since the worker holds it with its own line endings', () => {
    const pending = new PendingEdits();
    const state = EditorState.create({ doc: '{\r\n  "a": 1\r\n}\r\n' });
    const typed = state.update({ changes: { from: 9, insert: '2' } });
    pending.add(file, typed.changes);
    expect(pending.take(() => typed.state.doc.toString())).toEqual({ [file]: '{\n  "a": 21\n}\n' });
    const again = typed.state.update({ changes: { from: 3, to: 6, insert: '"b"' } });
    pending.add(file, again.changes);
    expect(pending.take(() => 'not asked')).toEqual({ [file]: [[3, 6, '"b"']] });
    expect(pending.take(() => 'not asked')).toEqual({});
  });

  it('keeps the worker copy equal to the editor text through any edits and sends', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '\r\n', '\n', ' '), maxLength: 20 }),
        fc.array(fc.tuple(fc.array(edit, { minLength: 1, maxLength: 4 }), fc.boolean()), { maxLength: 12 }),
        (initial, rounds) => {
          const pending = new PendingEdits();
          let state = EditorState.create({ doc: initial });
          const worker = workerCopy(initial);
          for (const [edits, send] of rounds) {
            for (const { at, remove, insert } of edits) {
              const from = Math.floor(at * state.doc.length);
              const change: ChangeSpec = { from, to: Math.min(state.doc.length, from + remove), insert };
              const transaction = state.update({ changes: change });
              pending.add(file, transaction.changes);
              state = transaction.state;
            }
            if (send) worker.receive(pending.take(() => state.doc.toString()));
          }
          worker.receive(pending.take(() => state.doc.toString()));
          // Untouched, the worker keeps the file as read (CRLF included); edited, it has the editor's text.
          expect(worker.text).toBe(rounds.length === 0 ? initial : state.doc.toString());
        },
      ),
    );
  });

  it('starts again with whole texts once cleared for another connector', () => {
    const pending = new PendingEdits();
    const state = EditorState.create({ doc: 'ab' });
    const first = state.update({ changes: { from: 1, insert: 'x' } });
    pending.add(file, first.changes);
    pending.take(() => first.state.doc.toString());
    pending.clear();
    const second = first.state.update({ changes: { from: 0, insert: 'y' } });
    pending.add(file, second.changes);
    expect(pending.take(() => second.state.doc.toString())).toEqual({ [file]: 'yaxb' });
  });
});
