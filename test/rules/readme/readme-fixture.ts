import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../helpers/fixtures.js';

/** The readme of the passing example, which every readme rule accepts. */
export const exampleReadme = readFileSync(join(repoRoot, 'examples', 'passing', 'readme.md'), 'utf8');

/** The example readme without the section that starts with `heading` (up to the next heading of its level or higher). */
export function withoutSection(heading: string): string {
  const lines = exampleReadme.split('\n');
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start === -1) throw new Error(`no heading ${heading} in the example readme`);
  const level = heading.indexOf(' ');
  let end = start + 1;
  while (end < lines.length && !(/^#+ /.test(lines[end]!) && lines[end]!.indexOf(' ') <= level)) end++;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

/** The example readme with one exact piece of text replaced. */
export function replaced(text: string, replacement: string): string {
  if (!exampleReadme.includes(text)) throw new Error(`no '${text}' in the example readme`);
  return exampleReadme.replace(text, replacement);
}

/** A patch replacing the readme. */
export function readme(text: string) {
  return { files: { 'readme.md': text } };
}
