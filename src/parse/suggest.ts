import { compareText } from './order.js';

/** Words longer than this get no suggestion: edit distance is quadratic. */
export const MAX_SUGGEST_LENGTH = 100;

/**
 * Levenshtein distance with adjacent transpositions (optimal string alignment), giving up (returning `cap`) once it
 * cannot be below `cap`.
 */
export function editDistance(a: string, b: string, cap = Infinity): number {
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin >= cap) return cap;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** `; did you mean 'x'?` for the nearest candidate within a third of the word's length (at least 2), else `.`. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.slice(0, MAX_SUGGEST_LENGTH), candidate, bestDistance);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best === undefined ? '.' : `; did you mean '${best}'?`;
}

/**
 * The candidate closest to `input`: the same name in another case, the name with or without an `x-ms-` prefix, or the
 * nearest by edit distance when that is small for the name's length. Ties go to the alphabetically first candidate.
 */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
  if (input.length > MAX_SUGGEST_LENGTH || candidates.length === 0) return undefined;
  const sorted = [...new Set(candidates)].sort(compareText);
  const lower = input.toLowerCase();
  const sameCase = sorted.find((c) => c.toLowerCase() === lower);
  if (sameCase !== undefined && sameCase !== input) return sameCase;
  const bare = lower.startsWith('x-ms-') ? lower.slice(5) : `x-ms-${lower}`;
  const prefixed = sorted.find((c) => c.toLowerCase() === bare);
  if (prefixed !== undefined) return prefixed;
  const limit = input.length <= 4 ? 1 : input.length <= 12 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let bestExact = Infinity;
  for (const candidate of sorted) {
    if (Math.abs(candidate.length - input.length) > limit) continue;
    const d = editDistance(lower, candidate.toLowerCase(), limit + 1);
    if (d > limit || d > bestDistance) continue;
    // Among equally near names, prefer the one that also matches the input's letter case best.
    const exact = editDistance(input, candidate);
    if (d < bestDistance || exact < bestExact) {
      best = candidate;
      bestDistance = d;
      bestExact = exact;
    }
  }
  return best;
}

/**
 * {@link nearest}, when it is certain enough to apply as a fix: the only candidate spelled like `input` in another case,
 * or the only candidate near `input` at all.
 */
export function soleNearest(input: string, candidates: readonly string[]): string | undefined {
  const best = nearest(input, candidates);
  if (best === undefined) return undefined;
  const lower = input.toLowerCase();
  if (best.toLowerCase() === lower) return candidates.filter((c) => c.toLowerCase() === lower).length === 1 ? best : undefined;
  return nearest(input, candidates.filter((c) => c !== best)) === undefined ? best : undefined;
}
