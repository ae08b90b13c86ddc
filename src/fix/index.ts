/** Applying findings' fixes to the files' text: pure and browser-safe. */
export { applyFixes } from './apply.js';
export { fixEdits } from './edits.js';
export type { FixEdits, FixResult, FixSkipReason, SkippedFix, TextEdit } from './types.js';
