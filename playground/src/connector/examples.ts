// Connectors bundled with the playground, read at build time from the repository.
import type { ConnectorFiles } from '../certify/protocol.js';
import type { ConnectorSource } from './source.js';

// Options must be written out in each call: Vite reads them at build time. Images come in as data URLs and go to the
// library as bytes, as they would from a folder.
const texts = import.meta.glob<string>('../../../examples/*/*.{json,md,csx}', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const images = import.meta.glob<string>('../../../examples/*/*.png', { query: '?inline', import: 'default', eager: true });
const versions = import.meta.glob<string>('../../examples/diff/*/*.{json,md,csx}', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const repository: ConnectorFiles = { ...texts };
for (const [path, dataUrl] of Object.entries(images)) repository[path] = bytesOf(dataUrl);

/** Examples to check, labelled by their folder in the repository. */
export const checkExamples: ConnectorSource[] = folders(repository, 'examples');

/** Pairs of versions to diff: the passing example, and a later version of it with breaking changes. */
export const diffExamples: Array<{ label: string; base: ConnectorSource; revision: ConnectorSource }> = pairs();

function pairs() {
  const base = checkExamples.find((example) => example.label === 'examples/passing');
  const revision = folders(versions, 'playground/examples/diff').find(({ label }) => label.endsWith('/tidewatch-2.0'));
  return base && revision ? [{ label: 'Tidewatch 1.0 → 2.0 (breaking)', base, revision }] : [];
}

function folders(files: ConnectorFiles, prefix: string): ConnectorSource[] {
  const byFolder = new Map<string, ConnectorFiles>();
  for (const [path, content] of Object.entries(files)) {
    const [folder, name] = path.split('/').slice(-2) as [string, string];
    const contents = byFolder.get(folder) ?? {};
    contents[name] = content;
    byFolder.set(folder, contents);
  }
  return [...byFolder].map(([folder, contents]) => ({ label: `${prefix}/${folder}`, files: contents }));
}

function bytesOf(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
