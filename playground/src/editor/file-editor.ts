// A tabbed CodeMirror editor over the text files of one connector, with lint marks per file.
import { json } from '@codemirror/lang-json';
import { markdownLanguage } from '@codemirror/lang-markdown';
import { forEachDiagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { highlightSelectionMatches } from '@codemirror/search';
import {
  Compartment,
  EditorSelection,
  EditorState,
  type ChangeSet,
  type Extension,
  type Text,
} from '@codemirror/state';
import { oneDark } from '@codemirror/theme-one-dark';
import { EditorView, placeholder, type ViewUpdate } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import type { Range } from 'connector-certify';
import type { FileTexts, TextEdit } from '../certify/protocol.js';
import { byTabOrder } from '../connector/source.js';
import { TabList } from '../ui/tabs.js';
import { changedLinesField, markChangedLines } from './changed-lines.js';
import { markKey, offsetsOf, toDiagnostic, type EditorMark } from './marks.js';

/** One changed place, as whole lines before and after the change. */
export interface ChangedLines {
  /** The first changed line, after the change. */
  line: number;
  before: string[];
  after: string[];
}

export interface FileEditorOptions {
  /** Receives the tab list and the editor. */
  parent: HTMLElement;
  /** Names the editor for assistive technology, e.g. "Base version". */
  label: string;
  readOnly?: boolean;
  /** Shown while no file is open, e.g. "Open or drop the base version here." */
  emptyText?: string;
  /** Called after each edit, with the edited file's name and the changes made to its text. */
  onEdit?: (file: string, changes: ChangeSet) => void;
}

let editorCount = 0;

export class FileEditor {
  private readonly states = new Map<string, EditorState>();
  /** What each file's marks were made from, so that setting the same marks again costs nothing. */
  private readonly markKeys = new Map<string, string>();
  private readonly theme = new Compartment();
  private readonly tabs: TabList;
  private readonly view: EditorView;
  private readonly panelId = `editor-panel-${++editorCount}`;
  private active: string | undefined;
  private dark = false;

  constructor(private readonly options: FileEditorOptions) {
    const tabList = document.createElement('div');
    tabList.className = 'file-tabs';
    tabList.setAttribute('aria-label', `${options.label}: files`);
    const panel = document.createElement('div');
    panel.id = this.panelId;
    panel.className = 'editor-panel';
    panel.role = 'tabpanel';
    options.parent.append(tabList, panel);
    this.tabs = new TabList(tabList, (file) => this.show(file));
    this.view = new EditorView({ parent: panel, state: this.createState('', '') });
  }

  /** Replaces the open files. */
  open(texts: FileTexts): void {
    this.states.clear();
    this.markKeys.clear();
    const names = Object.keys(texts).sort(byTabOrder);
    for (const name of names) this.states.set(name, this.createState(name, texts[name]!));
    this.active = names[0];
    this.view.setState(this.active === undefined ? this.createState('', '') : this.states.get(this.active)!);
    this.tabs.set(names.map((name) => ({ id: name, label: name, controls: this.panelId })), this.active);
  }

  files(): string[] {
    return [...this.states.keys()];
  }

  /** The current text of a file, edits included. */
  text(file: string): string | undefined {
    return this.stateOf(file)?.doc.toString();
  }

  /** The file shown. */
  activeFile(): string | undefined {
    return this.active;
  }

  /**
   * Shows a file and replaces ranges of its text in one transaction, so one undo takes them all back; marks the
   * changed lines, focuses the editor on the first, and returns them as they were and as they are.
   */
  applyEdits(file: string, edits: readonly TextEdit[]): ChangedLines[] {
    if (!this.states.has(file) || edits.length === 0) return [];
    this.tabs.mark(file);
    this.show(file);
    const { doc } = this.view.state;
    const changes = this.view.state.changes(
      edits.map(({ range, text }) => ({ ...offsetsOf(doc, range), insert: text })),
    );
    const touched: Array<{ from: number; to: number }> = [];
    changes.iterChangedRanges((fromA, toA) => touched.push({ from: doc.lineAt(fromA).from, to: doc.lineAt(toA).to }));
    const after = this.view.state.update({ changes }).state.doc;
    const changed = touched.map(({ from, to }) => {
      const start = after.lineAt(changes.mapPos(from, -1));
      const end = after.lineAt(changes.mapPos(to, 1));
      return {
        line: start.number,
        before: doc.sliceString(from, to).split('\n'),
        after: after.sliceString(start.from, end.to).split('\n'),
        starts: linesBetween(after, start.number, end.number),
      };
    });
    this.view.dispatch({
      changes,
      effects: markChangedLines.of(changed.flatMap(({ starts }) => starts)),
      selection: EditorSelection.cursor(changes.mapPos(touched[0]?.from ?? 0)),
      scrollIntoView: true,
      userEvent: 'input.fix',
    });
    // Where the author can look at the change, and take it back with the editor's undo at once.
    this.view.focus();
    return changed.map(({ line, before, after: lines }) => ({ line, before, after: lines }));
  }

  /**
   * Underlines marks in a file, replacing the file's previous marks. Marks equal to the ones the file has are left as
   * they are: the editor moves its marks with the text, so after an edit they are already where the equal ones go.
   */
  setMarks(file: string, marks: EditorMark[]): void {
    const state = this.stateOf(file);
    if (!state) return;
    const key = JSON.stringify(marks.map(markKey));
    if (this.markKeys.get(file) === key) return;
    this.markKeys.set(file, key);
    const diagnostics = marks.map((mark) => toDiagnostic(state.doc, mark));
    const spec = setDiagnostics(state, diagnostics);
    if (file === this.active) this.view.dispatch(spec);
    else this.states.set(file, state.update(spec).state);
  }

  /** Shows a file and selects a range in it (the file's start when there is no range). */
  reveal(file: string, range: Range | undefined, { focus = true } = {}): void {
    if (!this.states.has(file)) return;
    this.tabs.mark(file);
    this.show(file);
    const { doc } = this.view.state;
    const { from, to } = range ? offsetsOf(doc, range) : { from: 0, to: 0 };
    this.view.dispatch({
      selection: EditorSelection.single(from, to),
      effects: EditorView.scrollIntoView(from, { y: 'center' }),
    });
    if (focus) this.view.focus();
  }

  setDark(dark: boolean): void {
    this.dark = dark;
    const effects = this.theme.reconfigure(dark ? oneDark : []);
    for (const [file, state] of this.states) {
      if (file !== this.active) this.states.set(file, state.update({ effects }).state);
    }
    this.view.dispatch({ effects });
  }

  private show(file: string): void {
    if (file === this.active) return;
    if (this.active !== undefined) this.states.set(this.active, this.view.state);
    this.active = file;
    this.view.setState(this.states.get(file)!);
  }

  private stateOf(file: string): EditorState | undefined {
    return file === this.active ? this.view.state : this.states.get(file);
  }

  private createState(file: string, text: string): EditorState {
    return EditorState.create({ doc: text, extensions: this.extensionsFor(file) });
  }

  private extensionsFor(file: string): Extension[] {
    const { readOnly = false, onEdit, label, emptyText = 'No file open.' } = this.options;
    return [
      basicSetup,
      languageOf(file),
      lintGutter(),
      changedLinesField(),
      this.theme.of(this.dark ? oneDark : []),
      EditorState.readOnly.of(readOnly),
      // basicSetup highlights the text that matches the selection; beside a diff that reads as a change mark, so the
      // read-only versions turn it off (the facet keeps the lowest limit, and a limit of 0 matches means none).
      readOnly ? highlightSelectionMatches({ maxMatches: 0 }) : [],
      EditorView.contentAttributes.of({ 'aria-label': file ? `${label}: ${file}` : `${label}: no file open` }),
      placeholder(!file ? emptyText : readOnly ? 'Empty file.' : 'Empty file: type or paste its content here.'),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged || !file) return;
        // A mark in replaced text is shortened or dropped, so equal marks must be set again rather than kept.
        if (replacesMarks(update)) this.markKeys.delete(file);
        onEdit?.(file, update.changes);
      }),
    ];
  }
}

/** Whether an update deleted or replaced text that a mark touches. */
function replacesMarks(update: ViewUpdate): boolean {
  const replaced: Array<[number, number]> = [];
  update.changes.iterChangedRanges((fromA, toA) => {
    if (fromA < toA) replaced.push([fromA, toA]);
  });
  if (replaced.length === 0) return false;
  let touched = false;
  forEachDiagnostic(update.startState, (_, from, to) => {
    touched ||= replaced.some(([fromA, toA]) => from <= toA && to >= fromA);
  });
  return touched;
}

/** The start of each line from `first` to `last`. */
function linesBetween(doc: Text, first: number, last: number): number[] {
  const starts: number[] = [];
  for (let line = first; line <= last; line++) starts.push(doc.line(line).from);
  return starts;
}

function languageOf(file: string): Extension {
  if (/\.json$/i.test(file)) return json();
  // The bare language, not markdown(): that one also bundles HTML, CSS and JavaScript support for embedded code.
  if (/\.md$/i.test(file)) return markdownLanguage.extension;
  return [];
}
