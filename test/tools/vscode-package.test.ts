// The VS Code extension as the marketplace gets it: `npm run test:vscode` packages editors/vscode with vsce first. The
// .vsix is a zip; it must hold the manifest, the README with its screenshot, the extension and the bundled server, and
// that server must start from the unpacked file alone, with no node_modules beside it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { isInConnectorFolder } from '../../editors/vscode/src/connector-folder.js';
import { repoRoot } from '../helpers/fixtures.js';

const vsix = join(repoRoot, 'editors', 'vscode', 'connector-certify.vsix');
const entries = existsSync(vsix) ? unzipSync(readFileSync(vsix)) : {};
const scratch = mkdtempSync(join(tmpdir(), 'cc-vsix-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Sends `initialize` over stdio and resolves with the server's answer. */
function initialize(server: string): Promise<{ capabilities?: Record<string, unknown> }> {
  const child = spawn(process.execPath, [server, '--stdio'], { cwd: scratch, stdio: ['pipe', 'pipe', 'pipe'] });
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    const timer = setTimeout(() => finish(new Error(`no answer in 20 s; stderr: ${errors}`)), 20_000);
    const finish = (error?: Error, result?: { capabilities?: Record<string, unknown> }) => {
      clearTimeout(timer);
      child.kill();
      if (error) reject(error);
      else resolve(result!);
    };
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('exit', (code) => finish(new Error(`the server exited (${code}): ${errors}`)));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const header = /Content-Length: (\d+)\r\n\r\n/.exec(output);
      if (!header) return;
      const start = header.index + header[0].length;
      if (output.length < start + Number(header[1])) return;
      finish(undefined, (JSON.parse(output.slice(start, start + Number(header[1]))) as { result: { capabilities?: Record<string, unknown> } }).result);
    });
  });
}

describe('the VS Code extension package', () => {
  it('exists (npm run test:vscode builds it)', () => {
    expect(existsSync(vsix), `${vsix} is missing; run npm run package:vscode`).toBe(true);
  });

  it('holds the manifest, the README and its screenshot, the extension and the server', () => {
    expect(Object.keys(entries)).toEqual(
      expect.arrayContaining([
        'extension.vsixmanifest',
        'extension/package.json',
        'extension/readme.md',
        'extension/images/diagnostics.png',
        'extension/dist/extension.js',
        'extension/dist/server.mjs',
      ]),
    );
    // Nothing else: no sources, no node_modules, no scripts.
    expect(Object.keys(entries).filter((name) => name.includes('node_modules') || /\.(ts|mts)$/.test(name))).toEqual([]);
    const manifest = JSON.parse(strFromU8(entries['extension/package.json']!)) as Record<string, any>;
    expect(manifest.main).toBe('./dist/extension.js');
    expect(Object.keys(manifest.contributes.configuration.properties)).toEqual(['connectorCertify.profile', 'connectorCertify.target', 'connectorCertify.serverPath']);
    expect(manifest.activationEvents).toContain('workspaceContains:**/apiDefinition.swagger.json');
    expect(strFromU8(entries['extension/readme.md']!)).toContain('images/diagnostics.png');
  });

  it('bundles a server that starts alone and offers diagnostics, quick fixes and hover', async () => {
    const server = join(scratch, 'server.mjs');
    writeFileSync(server, entries['extension/dist/server.mjs'] ?? '');
    const { capabilities } = await initialize(server);
    expect(capabilities).toMatchObject({ hoverProvider: true });
    expect(capabilities).toHaveProperty('codeActionProvider');
    expect(capabilities).toHaveProperty('textDocumentSync');
  });
});

describe('which files the extension hands to the server', () => {
  const folder = (...present: string[]) => (path: string) => present.some((name) => path.endsWith(`/${name}`));
  it('takes a swagger or apiProperties.json anywhere, a readme or script only beside one', () => {
    expect(isInConnectorFolder('/c/apiDefinition.swagger.json', folder())).toBe(true);
    expect(isInConnectorFolder('/c/apiProperties.json', folder())).toBe(true);
    expect(isInConnectorFolder('/c/readme.md', folder('apiProperties.json'))).toBe(true);
    expect(isInConnectorFolder('/c/script.csx', folder('apiDefinition.swagger.json'))).toBe(true);
    expect(isInConnectorFolder('/project/README.md', folder())).toBe(false);
  });
});
