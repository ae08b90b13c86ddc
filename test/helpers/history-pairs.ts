import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConnector, type ConnectorInput } from '../../src/parse/connector.js';
import { corpusRoot } from './fixtures.js';

const swagger = 'apiDefinition.swagger.json';

export interface Pair {
  name: string;
  base: ConnectorInput;
  revision: ConnectorInput;
}

/** The two corpora with histories: merged independent-publisher connectors, and certified ones (more change per pair). */
const historyRoots = [
  { corpus: 'independent-publisher', dir: join(corpusRoot, 'independent-publisher-connectors') },
  { corpus: 'certified', dir: join(corpusRoot, '..', 'corpus-certified', 'certified-connectors') },
];

/** The history folders of one connector, oldest first. */
function revisionsOf(history: string): string[] {
  return readdirSync(history)
    .filter((dir) => /^\d+-/.test(dir) && existsSync(join(history, dir, swagger)))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
}

/** Every consecutive pair of swagger revisions in the corpus histories, oldest first; named `corpus/connector old -> new`. */
export function historyPairs(): Pair[] {
  const pairs: Pair[] = [];
  for (const { corpus, dir } of historyRoots) {
    if (!existsSync(dir)) continue;
    for (const connector of readdirSync(dir).sort()) {
      const history = join(dir, connector, 'history');
      if (!existsSync(history)) continue;
      const revisions = revisionsOf(history);
      const texts = revisions.map((rev) => readFileSync(join(history, rev, swagger)));
      const inputs = texts.map((bytes) => parseConnector({ [swagger]: bytes }));
      for (let i = 1; i < inputs.length; i++) {
        pairs.push({
          name: `${corpus}/${connector} ${revisions[i - 1]} -> ${revisions[i]}`,
          base: inputs[i - 1]!,
          revision: inputs[i]!,
        });
      }
    }
  }
  return pairs;
}

