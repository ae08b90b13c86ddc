// Messages between the page and the worker that runs connector-certify. Everything is structured-clone friendly.
import type { DiffResult, Profile, ProfileId, Range, RuleArea, ValidationResult } from 'connector-certify';

/** A connector folder's files: bytes as read from disk, or text once edited. */
export type ConnectorFiles = Record<string, string | Uint8Array>;

/** The decoded text of each textual file, exactly as the library read it: finding ranges point into this text. */
export type FileTexts = Record<string, string>;

export type ExportFormat = 'json' | 'sarif';

/** What the worker's build of the library offers, sent once when the worker starts. */
export interface Catalogue {
  profiles: Profile[];
  /** Rule id → area, to name and order findings. */
  areas: Record<string, RuleArea>;
  formats: ExportFormat[];
}

/** A check's result, and how long parsing and validating took in the worker. */
export interface Checked {
  result: ValidationResult;
  ms: number;
  /** Of `ms`, the part spent taking the edits in and parsing the edited files. */
  parseMs: number;
}

/** A change to a text: `[from, to)` replaced by `insert`, positions in the text as it was before the changes. */
export type TextChange = [from: number, to: number, insert: string];

/** The files edited since the worker last had them: each as its whole text, or as changes to the text it has. */
export type FileEdits = Record<string, string | TextChange[]>;

/** Which findings to fix: one (rule, file and pointer), or every finding of a rule (the rule alone). */
export interface FixTarget {
  ruleId: string;
  file?: string;
  pointer?: string;
}

/** A replacement of a range of a file's text, the range given by line and column as well as by offset. */
export interface TextEdit {
  range: Range;
  text: string;
}

export interface FixOutcome {
  /** The edits that apply the fixes, by file name. */
  edits: Record<string, TextEdit[]>;
  /** How many findings the edits fix. */
  fixed: number;
  /** The fixes left out, each with the reason. */
  skipped: string[];
}

/**
 * Check mode keeps the open connector in the worker, so an edit sends only what changed in the edited files, and only
 * those are parsed again. Each opened connector is a session; a call for a session replaced since gets `undefined`.
 */
export interface Calls {
  /** Starts a session: the whole folder, once. */
  open: {
    request: { session: number; files: ConnectorFiles; profile: ProfileId };
    response: Checked & { texts: FileTexts };
  };
  /** Re-checks the session with the edits made since the last call (none when only the profile changed). */
  edit: {
    request: { session: number; edits: FileEdits; profile: ProfileId };
    response: Checked | undefined;
  };
  /** Takes in the edits made since the last call, then finds the fixes of the target's findings as text edits. */
  fix: {
    request: { session: number; edits: FileEdits; profile: ProfileId; target: FixTarget };
    response: FixOutcome | undefined;
  };
  diff: {
    request: { base: ConnectorFiles; revision: ConnectorFiles };
    response: { result: DiffResult; base: FileTexts; revision: FileTexts; ms: number };
  };
  /** The text of each textual file, as the library decodes it: shows one version before the other is open. */
  texts: {
    request: { files: ConnectorFiles };
    response: { texts: FileTexts };
  };
  export: {
    request: { result: ValidationResult; folder: string; format: ExportFormat };
    response: { text: string };
  };
}

export type CallKind = keyof Calls;

export type WorkerRequest = { [K in CallKind]: { id: number; kind: K; request: Calls[K]['request'] } }[CallKind];

export type WorkerMessage =
  | { kind: 'ready'; catalogue: Catalogue }
  | { kind: 'reply'; id: number; response: Calls[CallKind]['response'] }
  | { kind: 'failed'; id: number; message: string };
