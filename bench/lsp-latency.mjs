// Time from the last keystroke (didChange) to the diagnostics of that version, on a large swagger, after the first
// check. Reported, not asserted. Run `npm run build` first; then `node bench/lsp-latency.mjs [connector-folder]`
// (default: HubSpot CRM V2 from the corpus, a 1 MB swagger).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const root = resolve(import.meta.dirname, '..');
const corpus = resolve(root, process.env.CONNECTOR_CORPUS ?? '../shared/corpus');
const folder = resolve(process.argv[2] ?? join(corpus, 'independent-publisher-connectors', 'HubSpot CRM V2', 'latest'));
const file = join(folder, 'apiDefinition.swagger.json');
const text = readFileSync(file, 'utf8');
const uri = pathToFileURL(file).href;
const rounds = 20;
const keystrokes = 5;
const typingGapMs = 30;

const child = spawn(process.execPath, [join(root, 'dist', 'lsp.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map();
const logs = [];
connection.onNotification('window/logMessage', ({ message }) => logs.push(message));
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  if (params.uri !== uri) return;
  waiting.get(params.version ?? 1)?.(params);
});
connection.listen();
const diagnosticsOf = (version) => new Promise((done) => waiting.set(version, done));
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
await connection.sendNotification('initialized', {});
let started = performance.now();
const first = diagnosticsOf(1);
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
const opened = await first;
console.log(`${file}: ${(text.length / 1024).toFixed(0)} KB, ${opened.diagnostics.length} diagnostics`);
console.log(`first check (open to diagnostics): ${(performance.now() - started).toFixed(0)} ms`);

// Typing in the middle of the file: a character added to the first "description" value, one keystroke at a time.
const at = text.indexOf('"description": "') + '"description": "'.length;
const lines = text.slice(0, at).split('\n');
const position = { line: lines.length - 1, character: lines.at(-1).length };
let version = 1;
const latencies = [];
for (let round = 0; round < rounds; round++) {
  let last;
  for (let key = 0; key < keystrokes; key++) {
    version += 1;
    last = diagnosticsOf(version);
    started = performance.now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: position, end: position }, text: 'x' }],
    });
    if (key < keystrokes - 1) await sleep(typingGapMs);
  }
  await last;
  latencies.push(performance.now() - started);
}
latencies.sort((a, b) => a - b);
const pick = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(0);
console.log(`last keystroke to diagnostics, ${rounds} bursts of ${keystrokes} keys ${typingGapMs} ms apart: p50 ${pick(0.5)} ms, p90 ${pick(0.9)} ms, max ${pick(1)} ms`);
const checks = logs.filter((line) => line.startsWith('Checked')).map((line) => Number(/in ([\d.]+) ms/.exec(line)?.[1]));
console.log(`checks run: ${checks.length} (of ${1 + rounds * keystrokes} versions); validate alone, median ${checks.sort((a, b) => a - b)[checks.length >> 1]} ms`);
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');

// The floor on this machine, now: the library parsing the folder and validating it in this process, warm.
const { parseConnector, validateConnector } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const { readdirSync } = await import('node:fs');
const files = Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name))]));
const floor = [];
for (let i = 0; i < 7; i++) {
  const start = performance.now();
  validateConnector(parseConnector(files));
  floor.push(performance.now() - start);
}
floor.sort((a, b) => a - b);
console.log(`parse + validate of the folder in one process (warm, median of ${floor.length}): ${floor[3].toFixed(0)} ms`);
