import type { JsonDiagnostic, ParsedJson } from './json.js';
import { TextLocator, type Containers, type Span } from './json-scan.js';
import { unescapeSegment } from './pointer.js';

/**
 * JSON text read on the fast path (valid, no duplicate keys): its value, and the spans of pointers, found by a
 * `TextLocator` and kept by pointer, parents included. A pointer's span is one step from its parent's, and findings
 * gather under few paths and schemas, so most lookups take that one step. Validating the same parsed file again (an
 * editor, a watch) finds each in one lookup.
 */
export class SpannedJson implements ParsedJson {
  readonly diagnostics: JsonDiagnostic[] = [];
  private readonly locator: TextLocator;

  constructor(
    readonly value: unknown,
    text: string,
    private readonly containers: Containers,
    private readonly values = new Map<string, Span | undefined>(),
    private readonly keys = new Map<string, Span | undefined>(),
  ) {
    this.locator = new TextLocator(text, containers);
  }

  locate(pointer: string, target: 'value' | 'key' = 'value'): Span | undefined {
    const cache = target === 'key' ? this.keys : this.values;
    let span = cache.get(pointer);
    if (span !== undefined || cache.has(pointer)) return span;
    if (pointer === '') span = this.locator.root();
    else {
      // A '/' inside a segment is escaped, so the last one starts the last segment; a pointer must start with one.
      const slash = pointer.lastIndexOf('/');
      const parent = slash < 0 ? undefined : this.locate(pointer.slice(0, slash));
      span = parent && this.locator.child(parent.offset, unescapeSegment(pointer.slice(slash + 1)), target);
    }
    cache.set(pointer, span);
    return span;
  }

  /**
   * `value` read from `text`, which is this text with the inside of one string changed so that every offset past `at`
   * moves by `delta`: the spans found so far, moved, so that a keystroke does not find them again. No span starts or
   * ends inside a string, so a span that holds `at` grows by `delta` and one before it stays.
   */
  edited(value: unknown, text: string, at: number, delta: number): SpannedJson {
    const moved = (spans: Map<string, Span | undefined>) => {
      const out = new Map<string, Span | undefined>();
      for (const [pointer, span] of spans) {
        if (span && span.offset >= at) out.set(pointer, { offset: span.offset + delta, length: span.length });
        else if (span && span.offset + span.length > at) out.set(pointer, { offset: span.offset, length: span.length + delta });
        else out.set(pointer, span);
      }
      return out;
    };
    return new SpannedJson(value, text, movedContainers(this.containers, at, delta), moved(this.values), moved(this.keys));
  }
}

/** The container tables of a text whose offsets past `at` (inside a string, so never a bracket) move by `delta`. */
function movedContainers({ opens, ends, count }: Containers, at: number, delta: number): Containers {
  const move = (offsets: Uint32Array) => offsets.slice(0, count).map((offset) => (offset > at ? offset + delta : offset));
  return { opens: move(opens), ends: move(ends), count };
}
