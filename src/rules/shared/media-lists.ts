/** `consumes` lists read by several operation rules, parsed once per run and list. */
import type { RefResolver } from '../../core/refs.js';
import { mediaTypesOf } from './mime.js';
import { oncePerRun } from './per-run.js';

/**
 * The valid media types of a list (see `mediaTypesOf`). Operations without a list of their own share the document's, so
 * it is parsed once for all of them and every rule. The array is shared: read it, do not change it.
 */
export const mediaTypesIn: (list: unknown[], refs: RefResolver) => readonly string[] = oncePerRun((list: unknown[]) => mediaTypesOf(list));
