import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type Hover,
  type InitializeResult,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { validateConnector } from '../../index.js';
import type { ConnectorInput } from '../../parse/connector.js';
import type { Finding } from '../../core/types.js';
import { fixAll, fixAllKind, quickFixes } from './code-actions.js';
import { configFileName } from '../config.js';
import { toolName, version } from '../../version.js';
import { ConnectorFolder, isEditedFile, type Buffer } from './connector-folder.js';
import { placeFindings, type PlacedDiagnostic } from './diagnostics.js';
import { hoverText } from './hover.js';
import { contains } from './positions.js';
import { ruleDocs } from './rule-docs.js';
import { clientSettings, folderOptions, settingsSection, type ClientSettings } from './settings.js';

/** Quiet time after the last keystroke before a folder is checked again. */
export const defaultDebounceMs = 50;

/** What the server knows of one connector folder with an open file. */
interface FolderState {
  folder: ConnectorFolder;
  timer?: ReturnType<typeof setTimeout>;
  /** Bumped by every check started: a check that finishes after a newer one started publishes nothing. */
  generation: number;
  input?: ConnectorInput;
  findings: Finding[];
  placed: PlacedDiagnostic[];
  /** The buffer versions the last check read, by file name: fixes apply only to the text they were computed on. */
  versions: Map<string, number>;
  /** The URIs the last check gave diagnostics, by file name: fixes edit them, the next check clears those now gone. */
  uris: Map<string, string>;
}

/**
 * Starts the connector-certify language server: diagnostics for a connector folder's swagger, apiProperties, readme
 * and script as you type (the folder read from disk, open buffers taking precedence), quick fixes from the findings'
 * fixes, hover with each finding's rule, rationale and page. It talks over the transport named on the command line
 * (`--stdio`, `--node-ipc`). Logs go to the client, never to stdout.
 */
export function startServer(): Connection {
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const folders = new Map<string, FolderState>();
  const warned = new Set<string>();
  let initSettings: ClientSettings = {};
  let settings: ClientSettings = {};
  let debounceMs = defaultDebounceMs;
  let pullsConfiguration = false;
  let watchesFiles = false;

  const log = (message: string) => connection.console.log(message);
  /** A problem the user should fix (a config file that does not parse): shown once, logged every time. */
  const warn = (message: string) => {
    connection.console.warn(message);
    if (!warned.has(message)) {
      warned.add(message);
      connection.window.showWarningMessage(`${toolName}: ${message}`);
    }
  };

  // A notification that cannot be sent (the editor went away) is no reason to stop: Node would end the process on
  // the unhandled rejection.
  const dropped = (error: unknown) => log(`A message to the editor was not delivered: ${String(error)}`);
  const publish = (params: PublishDiagnosticsParams) => connection.sendDiagnostics(params).catch(dropped);

  connection.onInitialize((params): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as Record<string, unknown>;
    initSettings = clientSettings(init[settingsSection] ?? init, warn);
    settings = initSettings;
    if (typeof init.debounceMs === 'number' && init.debounceMs >= 0 && init.debounceMs <= 10_000) debounceMs = init.debounceMs;
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    watchesFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind] },
      },
      serverInfo: { name: toolName, version },
    };
  });

  connection.onInitialized(async () => {
    if (watchesFiles) {
      // Files the editor has not opened change on disk too (a rename, a git checkout, the config).
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [configFileName, '*.swagger.json', 'apiProperties.json', '*.[mM][dD]', '*.csx', 'icon.png', 'settings.json'].map((name) => ({
          globPattern: `**/${name}`,
        })),
      });
    }
    await refreshSettings();
  });

  async function refreshSettings() {
    if (pullsConfiguration) {
      try {
        const [value] = await connection.workspace.getConfiguration([{ section: settingsSection }]);
        settings = { ...initSettings, ...clientSettings(value, warn) };
      } catch (error) {
        log(`Could not read the ${settingsSection} settings: ${String(error)}`);
      }
    }
    for (const dir of folders.keys()) schedule(dir, 0);
  }

  connection.onDidChangeConfiguration(async (change) => {
    if (pullsConfiguration) return refreshSettings();
    const value = (change.settings as Record<string, unknown> | null | undefined)?.[settingsSection];
    settings = { ...initSettings, ...clientSettings(value, warn) };
    for (const dir of folders.keys()) schedule(dir, 0);
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) {
      const path = filePath(change.uri);
      if (!path) continue;
      if (basename(path) === configFileName) {
        for (const dir of folders.keys()) schedule(dir, 0);
      } else if (folders.has(dirname(path)) && !(change.type === FileChangeType.Changed && documents.get(change.uri))) {
        schedule(dirname(path), debounceMs);
      }
    }
  });

  documents.onDidChangeContent(({ document }) => {
    const path = filePath(document.uri);
    if (path && isEditedFile(basename(path))) schedule(dirname(path), debounceMs);
  });

  documents.onDidClose(({ document }) => {
    const path = filePath(document.uri);
    if (!path) return;
    const dir = dirname(path);
    const state = folders.get(dir);
    if (!state) return;
    if (openIn(dir).size > 0) return schedule(dir, 0);
    // Nothing of the folder is open any more: its diagnostics go with it.
    clearTimeout(state.timer);
    state.generation += 1;
    for (const uri of state.uris.values()) publish({ uri, diagnostics: [] });
    folders.delete(dir);
  });

  connection.onHover(async ({ textDocument, position }): Promise<Hover | null> => {
    const path = filePath(textDocument.uri);
    const state = path ? folders.get(dirname(path)) : undefined;
    if (!path || !state) return null;
    const name = basename(path).toLowerCase();
    const here = state.placed.filter((p) => p.file.toLowerCase() === name && contains(p.diagnostic.range, position));
    if (here.length === 0) return null;
    const texts = await Promise.all(here.map(async (p) => hoverText(p.finding, await ruleDocs(p.finding.ruleId))));
    return { contents: { kind: 'markdown', value: texts.join('\n\n---\n\n') }, range: here[0]!.diagnostic.range };
  });

  connection.onCodeAction(async ({ textDocument, context }): Promise<CodeAction[]> => {
    const path = filePath(textDocument.uri);
    const state = path ? folders.get(dirname(path)) : undefined;
    const document = documents.get(textDocument.uri);
    if (!path || !state?.input || !document) return [];
    const name = basename(path);
    // The buffer changed since the check: its findings' offsets are stale, and a check is on its way.
    if (state.versions.get(name) !== document.version) return [];
    const fixContext = { input: state.input, uriOf: (file: string) => state.uris.get(file) ?? fileUri(dirname(path), file) };
    const wants = (kind: string) => !context.only || context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
    const actions = wants(CodeActionKind.QuickFix) ? await quickFixes(fixContext, state.placed, context.diagnostics) : [];
    const all = wants(fixAllKind) ? fixAll(fixContext, name, state.findings) : undefined;
    return all ? [...actions, all] : actions;
  });

  /** The open buffers of a folder, by file name. */
  function openIn(dir: string): Map<string, Buffer & { uri: string }> {
    const open = new Map<string, Buffer & { uri: string }>();
    for (const document of documents.all()) {
      const path = filePath(document.uri);
      if (path && dirname(path) === dir) open.set(basename(path), { text: document.getText(), version: document.version, uri: document.uri });
    }
    return open;
  }

  function schedule(dir: string, delay: number) {
    let state = folders.get(dir);
    if (!state) {
      // A folder just opened is checked at once: there is no typing to wait out.
      delay = 0;
      state = { folder: new ConnectorFolder(dir), generation: 0, findings: [], placed: [], versions: new Map(), uris: new Map() };
      folders.set(dir, state);
    }
    clearTimeout(state.timer);
    const current = state;
    current.timer = setTimeout(() => {
      check(dir, current).catch((error: unknown) => log(`Checking ${dir} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
    }, delay);
  }

  async function check(dir: string, state: FolderState) {
    const generation = ++state.generation;
    const open = openIn(dir);
    const [input, { options, ignore }] = await Promise.all([state.folder.read(open), folderOptions(dir, settings, warn)]);
    if (generation !== state.generation || folders.get(dir) !== state) return;
    const started = performance.now();
    const findings = validateConnector(input, options).findings.filter((finding) => !ignore(finding));
    const placed = placeFindings(input, findings);
    log(`Checked ${dir}: ${findings.length} findings in ${(performance.now() - started).toFixed(1)} ms.`);
    state.input = input;
    state.findings = findings;
    state.placed = placed;
    state.versions = new Map([...open].map(([name, buffer]) => [name, buffer.version]));

    // Every edited file of the folder gets its list, an empty one clearing what it had.
    const byFile = new Map<string, Diagnostic[]>();
    for (const file of input.files) if (isEditedFile(file.name)) byFile.set(file.name, []);
    for (const { file, diagnostic } of placed) byFile.get(file)?.push(diagnostic);
    const uris = new Map<string, string>();
    for (const [name, diagnostics] of byFile) {
      const buffer = open.get(name);
      const uri = buffer?.uri ?? fileUri(dir, name);
      uris.set(name, uri);
      publish({ uri, diagnostics, ...(buffer && { version: buffer.version }) });
    }
    const published = new Set(uris.values());
    for (const uri of state.uris.values()) if (!published.has(uri)) publish({ uri, diagnostics: [] });
    state.uris = uris;
  }

  documents.listen(connection);
  connection.listen();
  return connection;
}

const fileUri = (dir: string, name: string) => pathToFileURL(join(dir, name)).href;

/** The path of a `file:` URI; other schemes (an unsaved buffer) have no folder to check. */
function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
