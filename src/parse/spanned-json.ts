import type { JsonDiagnostic, ParsedJson } from './json.js';
import { TextLocator, type Containers, type Span } from './json-scan.js';

/**
 * JSON text read on the fast path (valid, no duplicate keys): its value, and the spans of pointers, found by a
 * `TextLocator` that keeps what it read of each container.
 */
export class SpannedJson implements ParsedJson {
  readonly diagnostics: JsonDiagnostic[] = [];
  private readonly locator: TextLocator;

  constructor(
    readonly value: unknown,
    text: string,
    private readonly containers: Containers,
    readonly lineStarts?: Uint32Array,
  ) {
    this.locator = new TextLocator(text, containers);
  }

  locate(pointer: string, target: 'value' | 'key' = 'value'): Span | undefined {
    return this.locator.locate(pointer, target);
  }

  /**
   * `value` read from `text`, which is this text with the inside of one string changed so that every offset past `at`
   * moves by `delta`: the scan's container tables, moved, so that a keystroke does not scan the text again. (What the
   * locator read is read again as findings ask: moving it cost more than reading it, ~1 ms on a 1 MB swagger.)
   */
  edited(value: unknown, text: string, at: number, delta: number): SpannedJson {
    return new SpannedJson(value, text, movedContainers(this.containers, at, delta));
  }
}

/** The container tables of a text whose offsets past `at` (inside a string, so never a bracket) move by `delta`. */
function movedContainers({ opens, ends, count }: Containers, at: number, delta: number): Containers {
  const move = (offsets: Uint32Array) => offsets.slice(0, count).map((offset) => (offset > at ? offset + delta : offset));
  return { opens: move(opens), ends: move(ends), count };
}
