/**
 * Matches a slash-separated path against a glob: `*` is any run of characters within one segment, `?` one
 * character, `**` as a whole segment any number of segments (none included). No regular expressions: the
 * matcher is a dynamic programme over segments and characters, linear in the size of its table.
 */
export function globMatch(pattern: string, path: string): boolean {
  const parts = split(pattern);
  const segments = split(path);
  // reach[j]: the pattern parts seen so far can consume exactly the first j path segments.
  let reach = new Array<boolean>(segments.length + 1).fill(false);
  reach[0] = true;
  for (const part of parts) {
    const next = new Array<boolean>(segments.length + 1).fill(false);
    if (part === '**') {
      let any = false;
      for (let j = 0; j <= segments.length; j++) next[j] = any ||= reach[j]!;
    } else {
      for (let j = 1; j <= segments.length; j++) next[j] = reach[j - 1]! && segmentMatch(part, segments[j - 1]!);
    }
    reach = next;
  }
  return reach[segments.length]!;
}

function split(path: string): string[] {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.');
}

/** `*` and `?` within one segment, by the classic two-row table. */
function segmentMatch(pattern: string, text: string): boolean {
  let previous = new Array<boolean>(text.length + 1).fill(false);
  previous[0] = true;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    const current = new Array<boolean>(text.length + 1).fill(false);
    if (char === '*') {
      let any = false;
      for (let j = 0; j <= text.length; j++) current[j] = any ||= previous[j]!;
    } else {
      for (let j = 1; j <= text.length; j++) current[j] = previous[j - 1]! && (char === '?' || char === text[j - 1]);
    }
    previous = current;
  }
  return previous[text.length]!;
}
