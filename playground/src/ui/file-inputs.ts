import { readInput } from '../connector/read-files.js';
import type { ConnectorSource } from '../connector/source.js';
import { reading } from './problem.js';

/** Calls `open` with the connector chosen in a file input, each time the user chooses one. */
export function onInputChosen(input: HTMLInputElement, open: (source: ConnectorSource) => void): void {
  input.addEventListener('change', async () => {
    const files = input.files;
    const source = files && (await reading('the chosen files', () => readInput(files)));
    // Cleared so that choosing the same folder again opens it again.
    input.value = '';
    if (source) open(source);
  });
}
