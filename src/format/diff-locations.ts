import type { Range } from '../core/types.js';
import type { Change, ChangeLocation } from '../diff/types.js';
import { looksLikeSecret, maskSecret } from '../rules/shared/secrets.js';
import { codeFrame, type Span } from './code-frame.js';
import { joinPath, locationText } from './paths.js';
import type { DiffReport, DiffSide } from './report.js';

/** One side of a change as people read it: `old: folder/file:line:column` (`folder@rev/...` for a git base). */
export interface SideLocation {
  side: 'old' | 'new';
  text: string;
}

/** Where the change is in the base and in the revision, each side where it has a location. */
export function sideLocations(change: Change, report: DiffReport): SideLocation[] {
  const out: SideLocation[] = [];
  if (change.base) out.push({ side: 'old', text: sideText(change.base, report.base, true) });
  if (change.revision) out.push({ side: 'new', text: sideText(change.revision, report.revision, false) });
  return out;
}

function sideText(at: ChangeLocation, side: DiffSide | undefined, isBase: boolean): string {
  const folder = side ? (isBase && side.gitRevision ? `${side.folder}@${side.gitRevision}` : side.folder) : '';
  return locationText(joinPath(folder, at.file), at.range);
}

/**
 * The source line of the change with carets under it: in the revision where the thing still is, else in the base
 * (a deleted operation is shown where it was). `fileSecrets` gives what the secret scan finds in the source; values
 * the message masked are hidden on the line too.
 */
export function changeFrame(change: Change, report: DiffReport, fileSecrets: (file: string, source: string) => readonly Span[]): string[] {
  const inRevision = change.revision?.range !== undefined && !isContainerOnly(change);
  const at = inRevision ? change.revision : change.base;
  const source = at?.range && (inRevision ? report.revision : report.base)?.sources?.[at.file];
  if (source === undefined || !at?.range) return [];
  return codeFrame(source, at.range, [...fileSecrets(at.file, source), ...hiddenOnLine(source, at.range, change.message)]);
}

/** A change whose revision location is only where the removed thing would go (its list or the whole document). */
function isContainerOnly(change: Change): boolean {
  return change.base?.range !== undefined && change.revision !== undefined && change.base.pointer.startsWith(`${change.revision.pointer}/`);
}

/** Spans on the framed line holding a value that the message masked (a credential-like default, for one). */
function hiddenOnLine(source: string, range: Range, message: string): Span[] {
  const lineStart = range.start.offset - (range.start.column - 1);
  let lineEnd = source.indexOf('\n', range.start.offset);
  if (lineEnd < 0) lineEnd = source.length;
  const line = source.slice(lineStart, lineEnd);
  const hidden: Span[] = [];
  for (const { start, text } of stringLiterals(line)) {
    if (looksLikeSecret(text) && message.includes(maskSecret(text))) hidden.push({ offset: lineStart + start, length: text.length });
  }
  return hidden;
}

/** The JSON string literals of a line, by their contents' offset; one pass, so no input makes it slow. */
function stringLiterals(line: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let open = -1;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (open >= 0 && char === '\\') i += 1;
    else if (char === '"') {
      if (open < 0) open = i + 1;
      else {
        out.push({ start: open, text: line.slice(open, i) });
        open = -1;
      }
    }
  }
  return out;
}

