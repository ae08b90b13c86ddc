// Edits read from the previous parse (`src/parse/json-edit.ts`) must give exactly what a fresh parse gives: random
// edits to corpus swaggers, inside strings, across the structure, breaking the JSON and mending it again.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConnector, type ConnectorFile, type ConnectorInput } from '../../src/parse/connector.js';
import { decodeText } from '../../src/parse/decode.js';
import { reparseStringEdit } from '../../src/parse/json-edit.js';
import { parseJson } from '../../src/parse/json.js';
import { joinPointer } from '../../src/parse/pointer.js';
import { LineMap } from '../../src/parse/positions.js';
import { validateConnector } from '../../src/index.js';
import { corpusFolders } from '../helpers/fixtures.js';

/** Bounded so that CI stays fast; raise with PROPERTY_RUNS for a longer local hunt. */
const runs = Number(process.env.PROPERTY_RUNS ?? 60);
const name = 'apiDefinition.swagger.json';

/** A few corpus swaggers of every size, the largest included. */
const swaggers = corpusFolders()
  .filter((dir, index) => index % 45 === 0 || /HubSpot CRM V2/.test(dir))
  .map((dir) => decodeText(readFileSync(join(dir, name))).text);

/** Every pointer in a value, the root included, with whether it holds a string. */
function pointersOf(value: unknown, base = '', out: Array<[string, boolean]> = []): Array<[string, boolean]> {
  out.push([base, typeof value === 'string']);
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) pointersOf((value as Record<string, unknown>)[key], joinPointer(base, key), out);
  }
  return out;
}

/** One edit, as numbers in [0, 1) that pick its place in whatever text it meets. */
type Edit =
  | { kind: 'in-string'; which: number; where: number; remove: number; insert: string }
  | { kind: 'anywhere'; where: number; remove: number; insert: string }
  | { kind: 'undo' };

const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const plain = fc.constantFrom('X', 'ab', ' ', 'é', '\ud83d\ude00', '\ud83d', '{', '}', ':', ',', '[', '0', '', '\\n', '\\"', '\\u00e9', '\\', '"');
const structural = fc.constantFrom('"', '\\', '\\u00', '{', '}', '[', ']', ',', ':', '\n', '\r\n', '1', 'X', ' ', '');
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('in-string' as const), which: unit, where: unit, remove: fc.nat(3), insert: plain }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('anywhere' as const), where: unit, remove: fc.nat(3), insert: structural }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
);

/** Applies an edit; `history` holds the earlier texts, for undo. */
function apply(text: string, step: Edit, history: string[]): string {
  if (step.kind === 'undo') return history.length > 1 ? history[history.length - 2]! : text;
  let from = Math.floor(step.where * (text.length + 1));
  let to = Math.min(text.length, from + step.remove);
  if (step.kind === 'in-string') {
    const parsed = parseJson(text);
    const strings = parsed.diagnostics.length === 0 ? pointersOf(parsed.value).filter(([, isString]) => isString) : [];
    const span = strings.length > 0 ? parsed.locate(strings[Math.floor(step.which * strings.length)]![0]) : undefined;
    if (span) {
      // Between the quotes.
      from = span.offset + 1 + Math.floor(step.where * (span.length - 1));
      to = Math.min(span.offset + span.length - 1, from + step.remove);
    }
  }
  return text.slice(0, from) + step.insert + text.slice(to);
}

/** The edited file must be what a fresh parse gives: value, diagnostics, size, and every position asked for. */
function expectSameFile(edited: ConnectorFile, fresh: ConnectorFile, pointers: string[]): void {
  expect(edited.type).toBe(fresh.type);
  expect(edited.size).toBe(fresh.size);
  if (edited.type !== 'json' || fresh.type !== 'json') return;
  expect(edited.text).toBe(fresh.text);
  expect(JSON.stringify(edited.value)).toBe(JSON.stringify(fresh.value));
  expect(edited.diagnostics).toEqual(fresh.diagnostics);
  for (const pointer of pointers) {
    expect(edited.locate(pointer), pointer).toEqual(fresh.locate(pointer));
    expect(edited.locate(pointer, 'key'), `${pointer} (key)`).toEqual(fresh.locate(pointer, 'key'));
  }
  const lines = fresh.text.split('\n').length;
  for (const line of [1, Math.ceil(lines / 2), lines]) expect(edited.lineRange(line)).toEqual(fresh.lineRange(line));
  for (const offset of [0, fresh.text.length >> 1, fresh.text.length]) expect(edited.rangeOf(offset, 1)).toEqual(fresh.rangeOf(offset, 1));
}

/** Pointers to look up: some of the file's, so that spans found before an edit are moved by the next one. */
function samplePointers(file: ConnectorFile, pick: number): string[] {
  if (file.type !== 'json' || file.value === undefined) return ['', '/info/title', '/missing'];
  const all = pointersOf(file.value).map(([pointer]) => pointer);
  const step = Math.max(1, Math.floor(all.length / 150));
  return [...all.filter((_, index) => (index + Math.floor(pick * step)) % step === 0), '/missing', '/paths/missing/get'];
}

function findingsOf(input: ConnectorInput) {
  return validateConnector(input).findings.map(({ ruleId, pointer, range, message }) => ({ ruleId, pointer, range, message }));
}

describe('re-reading a JSON file after an edit', () => {
  it('gives what a fresh parse gives, after random edits to corpus swaggers', () => {
    expect(swaggers.length).toBeGreaterThan(4);
    let readFromPrevious = 0;
    let stringEdits = 0;
    fc.assert(
      fc.property(fc.nat(swaggers.length - 1), fc.array(edit, { minLength: 1, maxLength: 6 }), unit, (index, edits, pick) => {
        const history = [swaggers[index]!];
        let input = parseConnector({ [name]: history[0]! });
        for (const step of edits) {
          const before = history[history.length - 1]!;
          // Spans looked up before the edit are the ones the edit moves.
          const pointers = samplePointers(input.files[0]!, pick);
          for (const pointer of pointers) (input.files[0] as { locate?: (p: string) => unknown }).locate?.(pointer);
          const text = apply(before, step, history);
          history.push(text);
          const previous = parseJson(before);
          if (step.kind === 'in-string' && previous.diagnostics.length === 0) stringEdits++;
          if (reparseStringEdit({ text: before, parsed: previous, lines: new LineMap(before) }, text, Infinity)) {
            readFromPrevious++;
          }
          const edited = parseConnector({ [name]: text }, { reuseFrom: input });
          const fresh = parseConnector({ [name]: text });
          expectSameFile(edited.files[0]!, fresh.files[0]!, pointers);
          input = edited;
        }
      }),
      { numRuns: runs },
    );
    // Most edits inside a string of a valid file take the path under test: counted against those edits, whose number
    // depends on the random runs (1 to 6 edits a run, and one that breaks the JSON ends the string edits); 86-99 % did in
    // seven runs. A fixed count (more than `runs`) failed on an unlucky seed with 59.
    expect(readFromPrevious).toBeGreaterThan((stringEdits * 3) / 4);
  }, 300_000);

  it('gives the findings of a fresh parse, ranges included, as the author types into a swagger', () => {
    const small = swaggers.filter((text) => text.length < 200_000);
    fc.assert(
      fc.property(fc.nat(small.length - 1), fc.array(edit, { minLength: 1, maxLength: 4 }), (index, edits) => {
        const history = [small[index]!];
        let input = parseConnector({ [name]: history[0]! });
        findingsOf(input);
        for (const step of edits) {
          const text = apply(history[history.length - 1]!, step, history);
          history.push(text);
          input = parseConnector({ [name]: text }, { reuseFrom: input });
          expect(findingsOf(input)).toEqual(findingsOf(parseConnector({ [name]: text })));
        }
      }),
      { numRuns: Math.ceil(runs / 3) },
    );
  }, 300_000);
});
