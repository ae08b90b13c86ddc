import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTokens, findTokensEverywhere } from '../../src/rules/shared/secrets.js';
import { corpusRoot } from '../helpers/fixtures.js';

/** Every text file of both corpora, the history's swaggers too, as the rules read them. */
function* corpusTexts(): Generator<[string, string]> {
  const roots = [join(corpusRoot, 'independent-publisher-connectors'), join(corpusRoot, '..', 'corpus-certified', 'certified-connectors')];
  for (const root of roots.filter((path) => existsSync(path))) {
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && /\.(json|md|csx)$/i.test(entry.name)) {
        const path = join(entry.parentPath, entry.name);
        yield [path, readFileSync(path, 'utf8')];
      }
    }
  }
}

describe('the secret scan on the corpora', () => {
  it('finds with its needle search what every pattern over the whole text finds', () => {
    let files = 0;
    for (const [path, text] of corpusTexts()) {
      expect(findTokens(text), path).toEqual(findTokensEverywhere(text));
      files += 1;
    }
    expect(files).toBeGreaterThan(1000);
  });
});
