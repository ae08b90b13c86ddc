import { escapeSegment } from './pointer.js';

export interface MarkdownHeading {
  /** 1 to 6. */
  level: number;
  /** Heading text without the `#` marks and closing hashes, trimmed. */
  text: string;
  /** 1-based line of the heading. */
  line: number;
  /** 1-based last line of the section (the line before the next heading of the same or a higher level). */
  endLine: number;
  /** Heading path such as `/Supported Operations/Get item`, used as the finding pointer. */
  pointer: string;
  children: MarkdownHeading[];
}

export interface MarkdownDocument {
  text: string;
  lines: string[];
  /** Top-level headings (level 1, or the shallowest level present) with their sub-headings. */
  headings: MarkdownHeading[];
  /** Every heading in document order. */
  allHeadings: MarkdownHeading[];
  /** Lines such as `##Publisher: Jane` that look like headings but are paragraphs, since no space follows the '#'s. */
  unspacedHeadings: UnspacedHeading[];
}

export interface UnspacedHeading {
  /** The run of '#'s, such as `##`. */
  marks: string;
  /** The text after them, trimmed. */
  text: string;
  /** 1-based line. */
  line: number;
}

const fence = /^ {0,3}(`{3,}|~{3,})/;

/** Reads ATX and setext headings, skipping fenced code blocks. Linear in the size of the text. */
export function parseMarkdown(text: string): MarkdownDocument {
  const lines = text.split(/\r\n|\r|\n/);
  const allHeadings: MarkdownHeading[] = [];
  const unspacedHeadings: UnspacedHeading[] = [];
  let openFence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = fence.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      const rest = line.slice(fenceMatch[0].length);
      if (!openFence) {
        // CommonMark: a backtick fence's info string holds no backtick, so "```paconn create …```" is inline code.
        if (marker[0] !== '`' || !rest.includes('`')) {
          openFence = marker;
          continue;
        }
      } else {
        // Only a bare run of the same character, at least as long, closes the fence.
        if (marker[0] === openFence[0] && marker.length >= openFence.length && rest.trim() === '') openFence = undefined;
        continue;
      }
    }
    if (openFence) continue;
    const heading = atxHeading(line);
    if (heading) {
      allHeadings.push(newHeading(heading.level, heading.text, i + 1));
      continue;
    }
    const unspaced = /^ {0,3}(#{1,6})([^#\s].*)$/.exec(line);
    if (unspaced) unspacedHeadings.push({ marks: unspaced[1]!, text: unspaced[2]!.trim(), line: i + 1 });
    const next = lines[i + 1];
    if (next !== undefined && line.trim() !== '' && /^ {0,3}(=+|-+)[ \t]*$/.test(next) && !/^ {0,3}([-*+]|\d+[.)])\s/.test(line)) {
      allHeadings.push(newHeading(next.trim().startsWith('=') ? 1 : 2, line, i + 1));
      i++;
    }
  }
  return { text, lines, headings: nest(allHeadings, lines.length), allHeadings, unspacedHeadings };
}

const isBlank = (char: string | undefined) => char === ' ' || char === '\t';

/** `## Text ##` → level 2, 'Text'. A scan rather than a regular expression, to stay linear on any line. */
function atxHeading(line: string): { level: number; text: string } | undefined {
  let i = 0;
  while (i < 3 && line[i] === ' ') i++;
  let level = 0;
  while (line[i + level] === '#') level++;
  if (level < 1 || level > 6) return undefined;
  const after = i + level;
  if (after < line.length && !isBlank(line[after])) return undefined;
  let end = line.length;
  while (end > after && isBlank(line[end - 1])) end--;
  // An optional closing sequence of '#' counts only when a blank separates it from the text.
  let close = end;
  while (close > after && line[close - 1] === '#') close--;
  if (close < end && (close === after || isBlank(line[close - 1]))) end = close;
  return { level, text: line.slice(after, end).trim() };
}

function newHeading(level: number, text: string, line: number): MarkdownHeading {
  return { level, text: text.trim(), line, endLine: line, pointer: '', children: [] };
}

function nest(all: MarkdownHeading[], lineCount: number): MarkdownHeading[] {
  const roots: MarkdownHeading[] = [];
  const stack: MarkdownHeading[] = [];
  for (const heading of all) {
    while (stack.length && stack.at(-1)!.level >= heading.level) {
      stack.pop()!.endLine = heading.line - 1;
    }
    const parent = stack.at(-1);
    heading.pointer = (parent ? parent.pointer : '') + '/' + escapeSegment(heading.text);
    (parent ? parent.children : roots).push(heading);
    stack.push(heading);
  }
  for (const open of stack) open.endLine = lineCount;
  return roots;
}
