import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { inject } from 'vitest';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

/** A language server started as its own process, driven over stdio as an editor would. */
export interface TestClient {
  connection: ProtocolConnection;
  process: ChildProcess;
  /** What the server wrote to stderr (nothing, as long as it logs to the client). */
  stderr: () => string;
  /** Messages the server logged to the client. */
  logs: string[];
  /** The next diagnostics published for `uri` that satisfy `accept`, or the latest already received that does. */
  diagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  /** Every diagnostics notification received, in order. */
  published: PublishDiagnosticsParams[];
  stop(): Promise<void>;
}

export const fileUri = (path: string) => pathToFileURL(path).href;

/**
 * Starts the server bundled by the suite's global setup: through the CLI (`cli.cjs lsp --stdio`) or its own entry
 * (`lsp.js --stdio`), initializes it with these options and returns a client.
 */
export async function startClient(
  options: { via?: 'cli' | 'entry'; initializationOptions?: unknown; cwd?: string; settings?: () => unknown } = {},
): Promise<TestClient> {
  const args = options.via === 'entry' ? [inject('lspBundle'), '--stdio'] : [inject('cliBundle'), 'lsp', '--stdio'];
  const child = spawn(process.execPath, args, { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const logs: string[] = [];
  const published: PublishDiagnosticsParams[] = [];
  const waiters: Array<{ uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  connection.onNotification('window/logMessage', (params: { message: string }) => {
    logs.push(params.message);
  });
  connection.onNotification('window/showMessage', (params: { message: string }) => {
    logs.push(params.message);
  });
  connection.onRequest('window/showMessageRequest', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.settings?.() ?? null));
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params);
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.accept(params)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
    initializationOptions: options.initializationOptions ?? { debounceMs: 10 },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    stderr: () => stderr,
    logs,
    published,
    diagnostics(uri, accept = () => true) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`No diagnostics for ${uri} in time; logs:\n${logs.join('\n')}\nstderr: ${stderr}`)), 20_000);
        waiters.push({ uri, accept, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      });
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        child.kill();
      }
      await exited;
      connection.dispose();
    },
  };
}
