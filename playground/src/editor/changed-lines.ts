// Marks the lines a fix changed, so the author sees where it landed; the marks follow later edits and go with undo.
import { StateEffect, StateField, type Extension, type Range } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

/** Replaces the marked lines: one position per changed line, at its start. */
export const markChangedLines = StateEffect.define<number[]>({
  map: (starts, mapping) => starts.map((start) => mapping.mapPos(start)),
});

const changedLine = Decoration.line({ class: 'cm-changed-line' });

const changedLines = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(lines, transaction) {
    for (const effect of transaction.effects) {
      if (!effect.is(markChangedLines)) continue;
      const marks: Array<Range<Decoration>> = effect.value.map((start) => changedLine.range(start));
      return Decoration.set(marks, true);
    }
    // An undone fix takes its marks with it: undo restores the text as it was, unmarked.
    if (transaction.isUserEvent('undo')) return Decoration.none;
    return lines.map(transaction.changes);
  },
  provide: (field) => EditorView.decorations.from(field),
});

export function changedLinesField(): Extension {
  return changedLines;
}
