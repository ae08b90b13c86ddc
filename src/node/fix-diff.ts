import { isAbsolute, sep } from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { unsafeCharacters } from '../format/terminal-text.js';
import { painter } from '../format/style.js';
import { redact } from '../rules/shared/secrets.js';
import type { FixedFile } from './fix-folder.js';

/**
 * The fixes of `--fix-dry-run` as one unified diff. Paths are the folders as given, under `a/` and `b/` when relative,
 * so that `git apply` or `patch -p1` can apply it from where the command ran. Characters that could drive a terminal or reorder a line (controls other
 * than tab and a line's final CR, bidirectional overrides) are shown escaped; a line holding one would not apply.
 * Secrets are starred as in a code frame (a fix can rewrite the line that holds one), so such a line does not apply either.
 */
export function unifiedDiff(files: readonly FixedFile[], color: boolean): string {
  const paint = painter(color);
  const out: string[] = [];
  for (const file of files) {
    const path = file.path.split(sep).join('/');
    const [a, b] = isAbsolute(file.path) ? [path, path] : [`a/${path}`, `b/${path}`];
    const patch = createTwoFilesPatch(a, b, starred(file.before, file), starred(file.after, file), undefined, undefined, { headerOptions: FILE_HEADERS_ONLY });
    for (const line of patch.replace(/\n$/, '').split('\n')) {
      const safe = inert(line);
      if (line.startsWith('---') || line.startsWith('+++')) out.push(paint('bold', safe));
      else if (line.startsWith('@@')) out.push(paint('blue', safe));
      else if (line.startsWith('+')) out.push(paint('green', safe));
      else if (line.startsWith('-')) out.push(paint('red', safe));
      else out.push(safe);
    }
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

function inert(line: string): string {
  return line.replace(unsafeCharacters, (char, offset: number) =>
    char === '\t' || (char === '\r' && offset === line.length - 1) ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The text with every secret starred past its shown characters (fixes move secrets, never make them). */
function starred(text: string, file: FixedFile): string {
  let out = text;
  for (const secret of file.secrets) out = out.split(secret).join(redact(secret));
  return out;
}
