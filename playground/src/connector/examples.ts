// Connectors bundled with the playground, read at build time from the repository.
import type { ConnectorFiles } from '../certify/protocol.js';
import type { ConnectorSource } from './source.js';

type Glob = Record<string, string>;

const repository = import.meta.glob<string>('../../../examples/*/*.{json,md,csx}', { query: '?raw', import: 'default', eager: true });
const playground = import.meta.glob<string>('../../examples/*/*.{json,md,csx}', { query: '?raw', import: 'default', eager: true });
const versions = import.meta.glob<string>('../../examples/diff/*/*.{json,md,csx}', { query: '?raw', import: 'default', eager: true });

/** Examples to check, labelled by their folder in the repository. */
export const checkExamples: ConnectorSource[] = [...folders(repository, 'examples'), ...folders(playground, 'playground/examples')];

/** Pairs of versions to diff: the passing example, and a later version of it with breaking changes. */
export const diffExamples: Array<{ label: string; base: ConnectorSource; revision: ConnectorSource }> = pairs();

function pairs() {
  const base = checkExamples.find((example) => example.label === 'examples/passing');
  const revision = folders(versions, 'playground/examples/diff').find((example) => example.label.endsWith('/tidewatch-2.0'));
  return base && revision ? [{ label: 'Tidewatch 1.0 → 2.0 (breaking)', base, revision }] : [];
}

function folders(glob: Glob, prefix: string): ConnectorSource[] {
  const byFolder = new Map<string, ConnectorFiles>();
  for (const [path, text] of Object.entries(glob)) {
    const [folder, name] = path.split('/').slice(-2) as [string, string];
    const files = byFolder.get(folder) ?? {};
    files[name] = text;
    byFolder.set(folder, files);
  }
  return [...byFolder].map(([folder, files]) => ({ label: `${prefix}/${folder}`, files }));
}
