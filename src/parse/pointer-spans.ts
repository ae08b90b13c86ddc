import { TextLocator, type Span } from './json-scan.js';
import { unescapeSegment } from './pointer.js';

/**
 * Spans of JSON pointers in valid JSON text, found by a `TextLocator` and kept by pointer, parents included: a
 * pointer's span is one step from its parent's, and findings gather under few paths and schemas, so most lookups take
 * that one step. Validating the same parsed file again (an editor, a watch) finds each in one lookup.
 */
export class PointerSpans {
  private readonly locator: TextLocator;

  constructor(
    text: string,
    private readonly values = new Map<string, Span | undefined>(),
    private readonly keys = new Map<string, Span | undefined>(),
  ) {
    this.locator = new TextLocator(text);
  }

  locate(pointer: string, target: 'value' | 'key'): Span | undefined {
    const cache = target === 'key' ? this.keys : this.values;
    let span = cache.get(pointer);
    if (span !== undefined || cache.has(pointer)) return span;
    if (pointer === '') span = this.locator.root();
    else {
      // A '/' inside a segment is escaped, so the last one starts the last segment; a pointer must start with one.
      const slash = pointer.lastIndexOf('/');
      const parent = slash < 0 ? undefined : this.locate(pointer.slice(0, slash), 'value');
      span = parent && this.locator.child(parent.offset, unescapeSegment(pointer.slice(slash + 1)), target);
    }
    cache.set(pointer, span);
    return span;
  }

  /**
   * The spans of `text`, which is this text with the inside of one string changed so that every offset past `at`
   * moves by `delta`: the spans found so far, moved, so that a keystroke does not find them again. No span starts
   * or ends inside a string, so a span that holds `at` grows by `delta` and one before it stays.
   */
  shifted(text: string, at: number, delta: number): PointerSpans {
    return new PointerSpans(text, shiftSpans(this.values, at, delta), shiftSpans(this.keys, at, delta));
  }
}

function shiftSpans(spans: Map<string, Span | undefined>, at: number, delta: number): Map<string, Span | undefined> {
  const out = new Map<string, Span | undefined>();
  for (const [pointer, span] of spans) {
    if (span === undefined || span.offset + span.length <= at) out.set(pointer, span);
    else if (span.offset >= at) out.set(pointer, { offset: span.offset + delta, length: span.length });
    else out.set(pointer, { offset: span.offset, length: span.length + delta });
  }
  return out;
}
