/**
 * Node-only helpers: read connector folders from disk and from git, find them below a folder, read config and
 * baseline files.
 * @packageDocumentation
 * @module connector-certify/node
 */
export { loadConnector, isConnectorFolder, LoadError } from './load.js';
export { loadConnectorAtRevision } from './git.js';
export { runDiffPairs } from './diff-pairs.js';
export type { DiffCommandResult } from './diff-command.js';
export { UsageError } from './errors.js';
export { findConnectorFolders } from './recursive.js';
export { foldersChangedSince } from './changed.js';
export { readBaseline, writeBaseline, type Baseline, type BaselineFile, type BaselineRecord } from './baseline.js';
export {
  configFileName,
  findConfig,
  folderSettings,
  loadConfig,
  parseConfig,
  type Config,
  type ConfigIgnore,
  type ConfigOverride,
  type FolderSettings,
  type LoadedConfig,
} from './config.js';
