/**
 * The VS Code extension: starts the connector-certify language server (bundled beside this file, or the one named by
 * `connectorCertify.serverPath`) over stdio for the files of connector folders. Everything else (diagnostics, quick
 * fixes, hover, the config file) is the server's.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { connectorFilePatterns, isInConnectorFolder } from './connector-folder';

const section = 'connectorCertify';
let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const configuration = workspace.getConfiguration(section);
  const custom = configuration.get<string>('serverPath', '').trim();
  const module = custom !== '' ? custom : context.asAbsolutePath(join('dist', 'server.mjs'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio },
  };
  // A readme.md or script.csx is a connector file only beside a swagger or apiProperties.json.
  const inConnector = (uri: { scheme: string; fsPath: string }) => uri.scheme === 'file' && isInConnectorFolder(uri.fsPath, existsSync);
  const clientOptions: LanguageClientOptions = {
    documentSelector: connectorFilePatterns.map((pattern) => ({ scheme: 'file', pattern })),
    initializationOptions: { profile: configuration.get('profile'), target: configuration.get('target') },
    synchronize: { configurationSection: section },
    middleware: {
      didOpen: (document, next) => (inConnector(document.uri) ? next(document) : Promise.resolve()),
      didChange: (event, next) => (inConnector(event.document.uri) ? next(event) : Promise.resolve()),
      didClose: (document, next) => (inConnector(document.uri) ? next(document) : Promise.resolve()),
    },
  };
  client = new LanguageClient(section, 'connector-certify', serverOptions, clientOptions);
  context.subscriptions.push(
    workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${section}.serverPath`)) void client?.restart();
    }),
  );
  await client.start();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
