import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { copyExample, tempDir } from '../cli/temp.js';
import { fileUri, startClient, type TestClient } from '../lsp/client.js';

/** Random typing: insertions of JSON-ish and hostile text, deletions, at random places of the current text. */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(
    fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\\', '\n', '\r\n', '\uFEFF', '\u0000', '🌊', '"$ref": "#/x"', '"__proto__": {}'),
    fc.string({ maxLength: 8 }),
  ),
});

describe('language server under random edits', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ initializationOptions: { debounceMs: 0 } });
  }, 30_000);
  afterAll(async () => {
    await client.stop();
  }, 30_000);

  it('publishes diagnostics for every settled text, answers hovers and code actions, and never writes to stderr', async () => {
    const dir = copyExample(tempDir('cc-lsp-edits-'), 'Tidewatch');
    const uri = fileUri(join(dir, 'apiDefinition.swagger.json'));
    let document = TextDocument.create(uri, 'json', 1, readFileSync(join(dir, 'apiDefinition.swagger.json'), 'utf8'));
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text: document.getText() } });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits) => {
        for (const { at, remove, insert } of edits) {
          const start = document.positionAt(Math.floor(at * document.getText().length));
          const end = document.positionAt(document.offsetAt(start) + remove);
          const change = { range: { start, end }, text: insert };
          document = TextDocument.update(document, [change], document.version + 1);
          await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [change] });
        }
        const published = await client.diagnostics(uri, (p) => p.version === document.version);
        const lines = document.lineCount;
        for (const d of published.diagnostics) expect(d.range.start.line).toBeLessThan(lines);
        const position = published.diagnostics[0]?.range.start ?? { line: 0, character: 0 };
        await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
        await client.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: position, end: position },
          context: { diagnostics: published.diagnostics },
        });
      }),
      { numRuns: 60 },
    );
    expect(client.stderr()).toBe('');
    expect(client.process.exitCode).toBeNull();
  });
});
