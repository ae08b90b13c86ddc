import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { corpusRoot } from '../helpers/fixtures.js';

/** The corpus suite needs the shared data beside the clone; say so once instead of failing test by test. */
export default function requireCorpus(): void {
  const needed = [join(corpusRoot, 'independent-publisher-connectors'), join(corpusRoot, '..', 'spec', 'rules-catalog.md')];
  const missing = needed.filter((path) => !existsSync(path));
  if (missing.length > 0) {
    throw new Error(
      `The corpus suite needs the shared connector corpus and rules catalogue, not found at:\n  ${missing.join('\n  ')}\n` +
        'Set CONNECTOR_CORPUS to the corpus folder (its parent must hold spec/rules-catalog.md). `npm test` does not need them.',
    );
  }
}
