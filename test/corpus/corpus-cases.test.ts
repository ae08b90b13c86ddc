// Rule cases marked `corpus` name a merged connector; this checks that the connector is in the corpus.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleCases } from '../helpers/rule-tester.js';
import { corpusRoot } from '../helpers/fixtures.js';

const modules = import.meta.glob<{ default: RuleCases }>('../rules/**/*.cases.ts', { eager: true });

describe('rule cases taken from the corpus', () => {
  it('name connectors that are in the corpus', () => {
    const named = Object.values(modules).flatMap((m) => m.default.valid.concat(m.default.invalid).flatMap((c) => (c.corpus ? [c.corpus] : [])));
    expect(named.length).toBeGreaterThan(20);
    const missing = named.filter((name) => !existsSync(join(corpusRoot, 'independent-publisher-connectors', name)));
    expect(missing).toEqual([]);
  });
});
