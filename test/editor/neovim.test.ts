import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject, describe, expect, it } from 'vitest';
import { copyExample, tempDir } from '../cli/temp.js';
import { repoRoot } from '../helpers/fixtures.js';

interface EditorResult {
  nvim: string;
  received: boolean;
  diagnostics: Array<{ lnum: number; col: number; end_col: number; severity: number; code: string; source: string; message: string }>;
  hover?: string;
}

/** Runs headless Neovim on a file with our server attached and returns what the editor received. */
function inNeovim(file: string): EditorResult {
  const out = join(tempDir('cc-nvim-out-'), 'result.json');
  const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(repoRoot, 'test/editor/diagnostics.lua')}`], {
    env: { ...process.env, CC_LSP_CMD: [process.execPath, inject('cliBundle'), 'lsp', '--stdio'].join('\t'), CC_FILE: file, CC_OUT: out },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.error) throw new Error(`Neovim did not run (${run.error.message}); install it with 'apt-get install neovim'.`);
  return JSON.parse(readFileSync(out, 'utf8')) as EditorResult;
}

describe('Neovim, through its built-in LSP client', () => {
  it('receives our diagnostics for a swagger, at the right column after non-ASCII text, and hovers them', () => {
    const dir = copyExample(tempDir('cc-nvim-'), 'Tidewatch');
    const file = join(dir, 'apiDefinition.swagger.json');
    const text = readFileSync(file, 'utf8').replace('"summary": "List stations"', '"x-ms-note": "Ébb 🌊 tide", "summary": "List stations "');
    writeFileSync(file, text);

    const result = inNeovim(file);
    expect(result.received).toBe(true);
    const found = result.diagnostics.find((d) => d.code === 'op-summary-no-trailing-punct');
    expect(found).toMatchObject({ source: 'connector-certify', severity: 2 });
    // Neovim keeps byte columns: it converted our UTF-16 position, so the column is the value's byte offset.
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('🌊'));
    expect(found!.lnum).toBe(line);
    expect(found!.col).toBe(Buffer.byteLength(lines[line]!.slice(0, lines[line]!.indexOf('"List stations "'))));
    expect(result.hover).toContain(`**${result.diagnostics[0]!.code}**`);
  });
});
