import { formatGithub, formatGithubDiff } from './github.js';
import { formatJsonDiff, jsonWriter } from './json.js';
import { formatJunit, formatJunitDiff } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatMarkdownDiff } from './markdown-diff.js';
import { isDiffReport, toolInfo, toReport, type CheckReportWriter, type Formattable, type FolderResult } from './report.js';
import { formatSarif, formatSarifDiff } from './sarif.js';
import { stylishWriter } from './stylish.js';
import { formatStylishDiff } from './stylish-diff.js';

export type FormatName = 'stylish' | 'json' | 'sarif' | 'github' | 'junit' | 'markdown';
export const formatNames: readonly FormatName[] = ['stylish', 'json', 'sarif', 'github', 'junit', 'markdown'];

export interface FormatOptions {
  /** ANSI colours (stylish); the CLI turns them on only for a terminal. */
  color?: boolean;
  /**
   * The working folder, absolute (sarif, github). Absolute folder paths below it are written relative to it,
   * as code scanning and annotations expect paths from the repository root.
   */
  root?: string;
  /**
   * Errors only (stylish): warnings, info findings and the manual checklist are left out, and the summary says
   * what was hidden. For a diff, breaking changes only.
   */
  quiet?: boolean;
  /** List info findings one by one (stylish); by default they are counted per rule, with a hint to list them. */
  showInfo?: boolean;
}

/**
 * Renders a check report or a diff report (or a bare `ValidationResult` / `DiffResult`) as text.
 * Pure: no I/O, and the same input always gives the same string.
 * @example
 * ```ts
 * import { format, parseConnector, validateConnector } from 'connector-certify';
 *
 * const result = validateConnector(parseConnector({ 'apiDefinition.swagger.json': '{ "swagger": "2.0" }' }));
 * console.log(format(result, 'stylish', { color: false }));
 * const sarif = JSON.parse(format(result, 'sarif'));
 * console.log(sarif.version); // '2.1.0'
 * ```
 */
export function format(input: Formattable, name: FormatName, options: FormatOptions = {}): string {
  const report = toReport(input);
  if (isDiffReport(report)) {
    switch (name) {
      case 'json':
        return formatJsonDiff(report);
      case 'stylish':
        return formatStylishDiff(report, options);
      case 'sarif':
        return formatSarifDiff(report, options);
      case 'github':
        return formatGithubDiff(report, options);
      case 'junit':
        return formatJunitDiff(report);
      case 'markdown':
        return formatMarkdownDiff(report);
    }
  }
  switch (name) {
    case 'json':
      return writeWhole(jsonWriter(report.tool), report.results);
    case 'stylish':
      return writeWhole(stylishWriter(options), report.results);
    case 'sarif':
      return formatSarif(report, options);
    case 'github':
      return formatGithub(report, options);
    case 'junit':
      return formatJunit(report);
    case 'markdown':
      return formatMarkdown(report);
  }
  throw new TypeError(`Unknown format '${String(name)}'; use one of ${formatNames.join(', ')}.`);
}

/**
 * A check report written folder by folder as the results come in: json and stylish give each folder's text at once,
 * so a large recursive check never holds every folder's findings; the other formats need them all and give their whole
 * text at the end.
 */
export function checkReportWriter(name: FormatName, options: FormatOptions = {}): CheckReportWriter {
  if (name === 'json') return jsonWriter(toolInfo());
  if (name === 'stylish') return stylishWriter(options);
  const results: FolderResult[] = [];
  return {
    folder(result) {
      results.push(result);
      return '';
    },
    end: () => format({ tool: toolInfo(), results }, name, options),
  };
}

/** A writer's whole text over `results`: what it gives folder by folder, joined. */
function writeWhole(writer: CheckReportWriter, results: readonly FolderResult[]): string {
  let text = '';
  for (const result of results) text += writer.folder(result);
  return text + writer.end();
}
