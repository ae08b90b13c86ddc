import { join } from 'node:path';
import { validateConnector } from '../index.js';
import { applyFixes } from '../fix/index.js';
import type { SkippedFix } from '../fix/index.js';
import type { ValidateOptions } from '../core/validate.js';
import type { Finding } from '../core/types.js';
import { parseConnector, type ConnectorInput } from '../parse/connector.js';
import type { Limits } from '../parse/limits.js';
import { loadConnector } from './load.js';
import { rewriteFile } from './safe-write.js';
import { secretSpans } from '../format/secret-spans.js';

/**
 * Passes of check-and-fix per folder. A pass skips fixes that conflict with one taken before them; the next pass,
 * on the fixed text, takes them. ESLint stops at 10 too: real conflicts settle in two or three.
 */
const maxPasses = 10;

/** A changed file of a folder: its text before any fix (byte-order mark included) and after all of them. */
export interface FixedFile {
  name: string;
  path: string;
  before: string;
  after: string;
  /** The secrets in the file as written there (scanned and found by rules): a printed diff stars them like a code frame. */
  secrets: string[];
}

export interface FolderFix {
  folder: string;
  files: FixedFile[];
  /** Fixes applied over every pass. */
  applied: number;
  /** Fixes the last pass could not apply, with the reason. */
  skipped: SkippedFix[];
  /** The findings shown once every fix is applied. */
  remaining: Finding[];
}

export interface FixSettings {
  options: Pick<ValidateOptions, 'profile' | 'rules' | 'target' | 'baseline'>;
  limits?: Partial<Limits>;
  /** The findings the report would show (config ignores and --quiet applied): only theirs are fixed. */
  shown: (finding: Finding) => boolean;
}

/** Checks a folder and applies its fixes in memory, pass after pass until nothing more changes; writes nothing. */
export async function fixFolder(folder: string, settings: FixSettings): Promise<FolderFix> {
  const input = await loadConnector(folder, { limits: settings.limits });
  const fixed = fixInput(input, settings);
  return { folder, ...fixed, files: fixed.files.map((file) => ({ ...file, path: join(folder, file.name) })) };
}

/** {@link fixFolder} on a connector already read: file paths are the file names. */
export function fixInput(input: ConnectorInput, settings: FixSettings): Omit<FolderFix, 'folder'> {
  const files = new Map<string, FixedFile>();
  let applied = 0;
  let skipped: SkippedFix[] = [];
  const first = validateConnector(input, settings.options).findings;
  const shownFindings = () => validateConnector(input, settings.options).findings.filter(settings.shown);
  let findings = first.filter(settings.shown);
  for (let pass = 0; pass < maxPasses; pass++) {
    const result = applyFixes(input, findings);
    applied += result.applied.length;
    skipped = result.skipped;
    const changed = Object.entries(result.files);
    if (changed.length === 0) break;
    for (const [name, after] of changed) {
      const before = files.get(name)?.before ?? textOf(input, name);
      files.set(name, { name, path: name, before, after, secrets: secretsIn(input, name, first) });
    }
    input = withTexts(input, result.files, settings.limits);
    findings = shownFindings();
  }
  return { files: [...files.values()], applied, skipped, remaining: findings };
}

/** Writes the fixed files, each atomically and only if it still holds the text the fixes started from. */
export async function writeFixes(fix: FolderFix): Promise<void> {
  for (const file of fix.files) await rewriteFile(file.path, file.after, file.before);
}

/** The secrets of a file as written there: what the scan finds and what secret findings point at. */
function secretsIn(input: ConnectorInput, name: string, findings: readonly Finding[]): string[] {
  const file = input.files.find((candidate) => candidate.name === name);
  if (!file || !('text' in file)) return [];
  const { text } = file;
  return [...new Set(secretSpans(name, text, findings).map(({ offset, length }) => text.slice(offset, offset + length)))].filter(Boolean);
}

/** A file's text as it is on disk: only UTF-8 files are fixed, so this is exactly its content. */
function textOf(input: ConnectorInput, name: string): string {
  const file = input.files.find((candidate) => candidate.name === name);
  if (!file || !('text' in file)) throw new Error(`${name} has no text`);
  return (file.encoding.includes('bom') ? '\uFEFF' : '') + file.text;
}

/** The input with some files replaced by new texts, parsed like the rest. */
function withTexts(input: ConnectorInput, texts: Record<string, string>, limits: Partial<Limits> | undefined): ConnectorInput {
  const reparsed = new Map(parseConnector(texts, { limits }).files.map((file) => [file.name, file]));
  return { kind: 'connector-input', files: input.files.map((file) => reparsed.get(file.name) ?? file) };
}
