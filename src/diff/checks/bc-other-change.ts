import { getOwn, joinPointer } from '../../parse/pointer.js';
import { plural } from '../../parse/wording.js';
import { defineCheck, type DiffCheckDocs } from '../check.js';
import type { JsonDocument } from '../side.js';
import { sameValue } from '../values.js';

export const docs: DiffCheckDocs = {
  rationale:
    'Some edits change nothing a flow sends, reads or connects with: the version number, categories in `x-ms-connector-metadata`, keywords, examples, `x-ms-capabilities`, editor hints. A diff that printed "no changes" for them would hide that the files differ, so when no other check has something to say, this one names where the files differ.',
  fix: 'Nothing to fix.',
  source: "This project's own check, so that every pair of versions that differs reports at least one change.",
};

/** How many differing places the message names. */
const shown = 3;

export default defineCheck({
  id: 'bc-other-change',
  area: 'connector',
  level: 'info',
  description: 'The files differ in ways no other check reports (version, metadata, keywords, examples...); reported only when nothing else was.',
  messages: {
    changed: '{file} changed at {places}; no check found an effect on existing flows.',
  },
  visit: {
    end(pair, report, reported) {
      if (reported.length > 0) return;
      for (const role of ['apiDefinition', 'apiProperties'] as const) {
        if (!pair.comparable(role) || pair.base[role].state === 'absent') continue;
        const places: string[] = [];
        const total = differences(pair.base[role], pair.revision[role], places);
        if (total === 0) continue;
        const more = total > places.length ? ` and ${total - places.length} more ${plural(total - places.length, 'place')}` : '';
        const list = places.map((pointer) => `'${pointer || '/'}'`).join(', ') + more;
        const [first] = places as [string];
        report({ messageId: 'changed', file: role, data: { file: pair.revision[role].file?.name ?? role, places: list }, base: first, revision: first });
      }
    },
  },
});

/** Counts the differing places (values that differ, keys present on one side), keeping the first few pointers. */
function differences(base: JsonDocument, revision: JsonDocument, places: string[]): number {
  let total = 0;
  const stack: Array<{ a: unknown; b: unknown; pointer: string; depth: number }> = [{ a: base.root, b: revision.root, pointer: '', depth: 0 }];
  while (stack.length > 0) {
    const { a, b, pointer, depth } = stack.pop()!;
    if (sameValue(a, b)) continue;
    const objects = typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && Array.isArray(a) === Array.isArray(b);
    if (!objects || depth > 50) {
      total += 1;
      if (places.length < shown) places.push(pointer);
      continue;
    }
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].reverse();
    for (const key of keys) stack.push({ a: getOwn(a, key), b: getOwn(b, key), pointer: joinPointer(pointer, key), depth: depth + 1 });
  }
  return total;
}
