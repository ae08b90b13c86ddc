import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { copyExample, tempDir, writeJson } from '../cli/temp.js';
import { fileUri, startClient, type TestClient } from './client.js';

/** Time for a test that starts a server process: seconds on a loaded machine. */
const slow = 30_000;

const codes = (params: PublishDiagnosticsParams) => params.diagnostics.map((d) => d.code);

/** A fresh copy of the passing example, with its file URIs. */
function connector() {
  const dir = copyExample(tempDir('cc-lsp-'), 'Tidewatch');
  const uri = (name: string) => fileUri(join(dir, name));
  const text = (name: string) => readFileSync(join(dir, name), 'utf8');
  return { dir, uri, text, swagger: uri('apiDefinition.swagger.json'), readme: uri('readme.md') };
}

function open(client: TestClient, uri: string, text: string, languageId = 'json') {
  return client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
}

function replaceAll(client: TestClient, uri: string, version: number, text: string) {
  return client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
}

function fixAllActions(client: TestClient, uri: string): Promise<CodeAction[]> {
  return client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll'] },
  }) as Promise<CodeAction[]>;
}

describe('language server over stdio', { timeout: slow }, () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient();
  }, slow);
  afterAll(async () => {
    await client.stop();
  }, slow);

  it('publishes diagnostics for the opened swagger and the folder\'s other files, and follows changes', async () => {
    const c = connector();
    const swagger = c.text('apiDefinition.swagger.json');
    const first = client.diagnostics(c.swagger);
    const readme = client.diagnostics(c.readme);
    await open(client, c.swagger, swagger);
    expect((await first).diagnostics).toEqual([]);
    expect((await first).version).toBe(1);
    expect((await readme).diagnostics).toEqual([]);

    const changed = client.diagnostics(c.swagger, (p) => p.version === 2);
    await replaceAll(client, c.swagger, 2, swagger.replace('"summary": "List stations"', '"summary": "List stations "'));
    const diagnostics = (await changed).diagnostics;
    expect(codes(await changed)).toEqual(['op-summary-no-trailing-punct']);
    const line = swagger.split('\n').findIndex((l) => l.includes('"summary": "List stations"'));
    expect(diagnostics[0]!.range.start).toEqual({ line, character: swagger.split('\n')[line]!.indexOf('"List') });
    expect(diagnostics[0]).toMatchObject({ severity: 2, source: 'connector-certify', codeDescription: { href: expect.stringContaining('op-summary-no-trailing-punct.md') } });
  });

  it('checks the other files again when one changes: a renamed operation shows in the readme', async () => {
    const c = connector();
    const swagger = c.text('apiDefinition.swagger.json');
    await open(client, c.readme, c.text('readme.md'), 'markdown');
    await open(client, c.swagger, swagger);
    await client.diagnostics(c.readme, (p) => p.diagnostics.length === 0);
    const readme = client.diagnostics(c.readme, (p) => p.diagnostics.length > 0);
    const renamed = swagger.replace('"summary": "List stations"', '"summary": "Search harbour gauges"').replace('"ListStations"', '"SearchGauges"');
    await replaceAll(client, c.swagger, 2, renamed);
    expect(codes(await readme)).toContain('readme-operations-documented');
    expect((await readme).version).toBe(1);
  });

  it('reads unopened files from disk and lets an open buffer take precedence over its file', async () => {
    const c = connector();
    writeFileSync(join(c.dir, 'readme.md'), '# Tidewatch\n');
    const fromDisk = client.diagnostics(c.readme, (p) => p.diagnostics.length > 0);
    await open(client, c.swagger, c.text('apiDefinition.swagger.json'));
    expect(codes(await fromDisk)).toContain('readme-publisher');
    const fixedInBuffer = client.diagnostics(c.readme, (p) => p.version === 1);
    await open(client, c.readme, readFileSync(join(copyExample(tempDir('cc-lsp-'), 'x'), 'readme.md'), 'utf8'), 'markdown');
    expect((await fixedInBuffer).diagnostics).toEqual([]);
  });

  it('counts positions in UTF-16 code units, as LSP does, after non-ASCII text on the line', async () => {
    const c = connector();
    const swagger = c.text('apiDefinition.swagger.json').replace('"summary": "List stations"', '"x-ms-summary-note": "Ébb 🌊 tide", "summary": "List stations "');
    const published = client.diagnostics(c.swagger, (p) => p.diagnostics.length > 0);
    await open(client, c.swagger, swagger);
    const found = (await published).diagnostics.find((d) => d.code === 'op-summary-no-trailing-punct')!;
    const lines = swagger.split('\n');
    const line = lines.findIndex((l) => l.includes('🌊'));
    // The wave is two UTF-16 code units: a count in code points would be one less.
    expect(found.range.start).toEqual({ line, character: lines[line]!.indexOf('"List stations "') });
    expect(found.range.end).toEqual({ line, character: lines[line]!.indexOf('"List stations "') + '"List stations "'.length });
  });

  it('places findings in a file read from disk with a byte-order mark as the editor shows it, without the mark', async () => {
    const c = connector();
    const properties = JSON.parse(c.text('apiProperties.json')) as { properties: Record<string, unknown> };
    properties.properties.iconBrandColor = '#ffffff';
    const line = JSON.stringify(properties);
    writeFileSync(join(c.dir, 'apiProperties.json'), `\uFEFF${line}`);
    const published = client.diagnostics(c.uri('apiProperties.json'), (p) => p.diagnostics.some((d) => d.code === 'props-iconbrandcolor-ip'));
    await open(client, c.swagger, c.text('apiDefinition.swagger.json'));
    const found = (await published).diagnostics.find((d) => d.code === 'props-iconbrandcolor-ip')!;
    expect(found.range.start).toEqual({ line: 0, character: line.indexOf('"#ffffff"') });
  });

  it('reports a broken file as a finding, keeps serving, and recovers when it parses again', async () => {
    const c = connector();
    const broken = client.diagnostics(c.swagger, (p) => p.diagnostics.length > 0);
    await open(client, c.swagger, '{ "swagger": "2.0", "info": ');
    expect(codes(await broken)).toContain('artifact-json-valid');
    const garbage = client.diagnostics(c.swagger, (p) => p.version === 2);
    await replaceAll(client, c.swagger, 2, '\u0000\uFFFF]]]}}{{"\\');
    expect((await garbage).diagnostics.length).toBeGreaterThan(0);
    const healed = client.diagnostics(c.swagger, (p) => p.version === 3);
    await replaceAll(client, c.swagger, 3, c.text('apiDefinition.swagger.json'));
    expect((await healed).diagnostics).toEqual([]);
    expect(client.stderr()).toBe('');
  });

  it('hovers a finding with its rule, message, rationale and page', async () => {
    const c = connector();
    const swagger = c.text('apiDefinition.swagger.json').replace('"summary": "List stations"', '"summary": "List stations "');
    const published = client.diagnostics(c.swagger, (p) => p.diagnostics.length > 0);
    await open(client, c.swagger, swagger);
    const [diagnostic] = (await published).diagnostics;
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: c.swagger },
      position: { line: diagnostic!.range.start.line, character: diagnostic!.range.start.character + 3 },
    })) as { contents: { kind: string; value: string } };
    expect(hover.contents.kind).toBe('markdown');
    expect(hover.contents.value).toContain('**op-summary-no-trailing-punct** (warning)');
    expect(hover.contents.value).toContain('A summary is a phrase, not a sentence');
    expect(hover.contents.value).toMatch(/\[Rule page: op-summary-no-trailing-punct\]\(https:\/\/\S+op-summary-no-trailing-punct\.md\)/);
    const nothing = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: c.swagger }, position: { line: 0, character: 0 } });
    expect(nothing).toBeNull();
  });

  it('offers a quick fix from the finding\'s fix; applied, it gives the text without the finding', async () => {
    const c = connector();
    const original = c.text('apiDefinition.swagger.json');
    const swagger = original.replace('"summary": "List stations"', '"summary": "List stations. "');
    const published = client.diagnostics(c.swagger, (p) => p.diagnostics.length > 0);
    await open(client, c.swagger, swagger);
    const diagnostics = (await published).diagnostics;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: c.swagger },
      range: diagnostics[0]!.range,
      context: { diagnostics, only: ['quickfix'] },
    })) as CodeAction[];
    expect(actions.map((a) => [a.kind, a.title])).toEqual([['quickfix', 'Remove the trailing full stop, colon or space (op-summary-no-trailing-punct)']]);
    const fixed = TextDocument.applyEdits(TextDocument.create(c.swagger, 'json', 1, swagger), actions[0]!.edit!.changes![c.swagger]!);
    expect(fixed).toBe(original);
    const clean = client.diagnostics(c.swagger, (p) => p.version === 2);
    await replaceAll(client, c.swagger, 2, fixed);
    expect((await clean).diagnostics).toEqual([]);
  });

  it('offers one action fixing every finding of the file', async () => {
    const c = connector();
    const original = c.text('apiDefinition.swagger.json');
    const swagger = original.replace('"summary": "List stations"', '"summary": "List stations "').replace('"basePath": "/v1"', '"basePath": "v1"');
    const published = client.diagnostics(c.swagger, (p) => p.diagnostics.length > 0);
    await open(client, c.swagger, swagger);
    expect(codes(await published).sort()).toEqual(['meta-basepath', 'op-summary-no-trailing-punct']);
    const [all, ...more] = await fixAllActions(client, c.swagger);
    expect(more).toEqual([]);
    expect(all!.kind).toBe('source.fixAll.connector-certify');
    expect(TextDocument.applyEdits(TextDocument.create(c.swagger, 'json', 1, swagger), all!.edit!.changes![c.swagger]!)).toBe(original);
  });

  it('takes the profile and rules from connector-certify.config.json, read again on every check', async () => {
    const c = connector();
    const swagger = c.text('apiDefinition.swagger.json').replace('"summary": "List stations"', '"summary": "List stations "');
    writeJson(join(c.dir, 'connector-certify.config.json'), { rules: { 'op-summary-no-trailing-punct': 'error' } });
    const published = client.diagnostics(c.swagger, (p) => p.diagnostics.length > 0);
    await open(client, c.swagger, swagger);
    expect((await published).diagnostics.map((d) => [d.code, d.severity])).toEqual([['op-summary-no-trailing-punct', 1]]);
    writeJson(join(c.dir, 'connector-certify.config.json'), { rules: { 'op-summary-no-trailing-punct': 'off' } });
    const off = client.diagnostics(c.swagger, (p) => p.version === 2);
    await replaceAll(client, c.swagger, 2, `${swagger}\n`);
    expect((await off).diagnostics).toEqual([]);
  });

  it('warns about a config file that is not valid and checks without it', async () => {
    const c = connector();
    writeFileSync(join(c.dir, 'connector-certify.config.json'), '{ "profile": "certfied" }');
    const published = client.diagnostics(c.swagger);
    await open(client, c.swagger, c.text('apiDefinition.swagger.json'));
    expect((await published).diagnostics).toEqual([]);
    expect(client.logs.some((line) => line.includes("unknown profile 'certfied'") && line.includes('checked without it'))).toBe(true);
  });

  it('checks a folder again when a file the editor has not opened changes on disk', async () => {
    const c = connector();
    const clean = client.diagnostics(c.readme);
    await open(client, c.swagger, c.text('apiDefinition.swagger.json'));
    expect((await clean).diagnostics).toEqual([]);
    writeFileSync(join(c.dir, 'readme.md'), '# Tidewatch\n');
    const changed = client.diagnostics(c.readme, (p) => p.diagnostics.length > 0);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: c.readme, type: 2 }] });
    expect(codes(await changed)).toContain('readme-publisher');
    unlinkSync(join(c.dir, 'readme.md'));
    const cleared = client.diagnostics(c.readme, (p) => p.diagnostics.length === 0);
    const missing = client.diagnostics(c.swagger, (p) => p.diagnostics.some((d) => d.code === 'readme-exists'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: c.readme, type: 3 }] });
    await cleared;
    expect((await missing).diagnostics.find((d) => d.code === 'readme-exists')!.message).toMatch(/^readme\.md: /);
  });

  it('clears a folder\'s diagnostics when its last file closes', async () => {
    const c = connector();
    writeFileSync(join(c.dir, 'readme.md'), '# Tidewatch\n');
    const published = client.diagnostics(c.readme, (p) => p.diagnostics.length > 0);
    await open(client, c.swagger, c.text('apiDefinition.swagger.json'));
    await published;
    const cleared = client.diagnostics(c.readme, (p) => p.diagnostics.length === 0);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: c.swagger } });
    await cleared;
  });
});

describe('language server, a check pending', { timeout: slow }, () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ initializationOptions: { debounceMs: 10_000 } });
  }, slow);
  afterAll(async () => {
    await client.stop();
  }, slow);

  it('offers no fix for a buffer changed since its last check: the offsets would be stale', async () => {
    const c = connector();
    const swagger = c.text('apiDefinition.swagger.json').replace('"basePath": "/v1"', '"basePath": "v1"');
    // The first check of a folder runs at once; the change after it waits for the (here long) quiet time.
    const published = client.diagnostics(c.swagger, (p) => p.diagnostics.length > 0);
    await open(client, c.swagger, swagger);
    await published;
    expect(await fixAllActions(client, c.swagger)).toHaveLength(1);
    await replaceAll(client, c.swagger, 2, ` ${swagger}`);
    expect(await fixAllActions(client, c.swagger)).toEqual([]);
  });
});

describe('language server settings', { timeout: slow }, () => {
  // The editor's settings: the initialization options say certified; the workspace settings, asked for after
  // initialization and on every change, start empty.
  let workspace: unknown = null;
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ via: 'entry', initializationOptions: { profile: 'certified', debounceMs: 0 }, settings: () => workspace });
  }, slow);
  afterAll(async () => {
    await client.stop();
  }, slow);
  const changeSettings = (value: unknown) => {
    workspace = value;
    return client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  };

  it('takes the profile from the initialization options where the config sets none, started from its own entry', async () => {
    const c = connector();
    const published = client.diagnostics(c.readme, (p) => p.diagnostics.length > 0);
    await open(client, c.swagger, c.text('apiDefinition.swagger.json'));
    // Certified connectors document their deployment; the passing example, written for independent publishers, does not.
    expect(codes(await published).length).toBeGreaterThan(0);
    writeJson(join(c.dir, 'connector-certify.config.json'), { profile: 'independent-publisher' });
    const again = client.diagnostics(c.readme, (p) => p.diagnostics.length === 0);
    await replaceAll(client, c.swagger, 2, `${c.text('apiDefinition.swagger.json')}\n`);
    await again;
  });

  it('takes the profile from the workspace settings, asked again when they change', async () => {
    const c = connector();
    await changeSettings({ profile: 'independent-publisher' });
    // The server asks for the settings while the file opens: the first check may still be certified, a later one not.
    const independent = client.diagnostics(c.readme, (p) => p.diagnostics.length === 0);
    await open(client, c.swagger, c.text('apiDefinition.swagger.json'));
    await independent;
    const certified = client.diagnostics(c.readme, (p) => p.diagnostics.length > 0);
    await changeSettings({ profile: 'certified' });
    expect(codes(await certified).length).toBeGreaterThan(0);
  });

  it('warns about a profile in the settings that does not exist', async () => {
    await changeSettings({ profile: 'certfied' });
    await expect.poll(() => client.logs.some((line) => line.includes("Unknown profile 'certfied'"))).toBe(true);
  });
});
