/**
 * Node-only helpers: read connector folders from disk.
 * @packageDocumentation
 */
export { loadConnector, isConnectorFolder, LoadError } from './load.js';
export { loadConnectorAtRevision } from './git.js';
