import type { Finding } from '../core/types.js';

/**
 * A change to a file's text: replace `length` characters at `offset` with `newText`. Offsets count UTF-16 code units
 * of the file's decoded text without its byte-order mark (`ConnectorFile.text`), which is what an editor holds.
 */
export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

/**
 * Why a finding's fix was not applied:
 * - `conflict`: its edit overlaps or touches an edit of a fix applied before it (see {@link applyFixes} for the order);
 * - `file-not-clean`: the file has a syntax error, a duplicate key, nesting too deep or a string cut at the length
 *   limit, so its text cannot be edited safely;
 * - `not-utf8`: the file is not UTF-8 text (it was read as Latin-1 or UTF-16, or is binary or unread);
 * - `target-gone`: the file, or the place the patch names, is not there (the text changed since the check);
 * - `invalid-fix`: the patch is not one this library applies (an operation other than add, remove or replace, a
 *   malformed pointer, a missing value or one JSON cannot hold, a file that is not JSON).
 */
export type FixSkipReason = 'conflict' | 'file-not-clean' | 'not-utf8' | 'target-gone' | 'invalid-fix';

/** A finding's fix as text edits of one file. */
export interface FixEdits {
  finding: Finding;
  /** The file the edits apply to (the finding's file). */
  file: string;
  /** Non-overlapping edits, in text order; empty when the file already holds the fixed value. */
  edits: TextEdit[];
}

/** A finding whose fix was not applied, and why. */
export interface SkippedFix {
  finding: Finding;
  file: string;
  reason: FixSkipReason;
  /** One sentence saying what was in the way. */
  detail: string;
}

/** What {@link applyFixes} returns. */
export interface FixResult {
  /**
   * The new text of every file that changed, by file name, byte-order mark restored; files without a change are not
   * listed. Write the text as UTF-8.
   */
  files: Record<string, string>;
  /** The fixes applied, in the order they were applied, each with its edits against the original text. */
  applied: FixEdits[];
  /** The fixes left out, with the reason. Findings without a `fix` appear in neither list. */
  skipped: SkippedFix[];
}
