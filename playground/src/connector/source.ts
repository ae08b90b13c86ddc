import type { ConnectorFiles } from '../certify/protocol.js';

/** A connector folder opened in the playground: a name to show, and its files. */
export interface ConnectorSource {
  label: string;
  files: ConnectorFiles;
  /**
   * Some files of a connector rather than its folder: a pasted or shared swagger, or files picked one by one. Only
   * what was given is checked; a folder is checked whole, so a file missing from it is a finding.
   */
  partial?: boolean;
}

const tabOrder = [/^apidefinition\.swagger\.json$/i, /^apiproperties\.json$/i, /^readme\.md$/i, /\.csx$/i];

/** Sorts file names the way an author reads a connector: swagger, properties, readme, script, then the rest. */
export function byTabOrder(a: string, b: string): number {
  return rank(a) - rank(b) || a.localeCompare(b);
}

function rank(name: string): number {
  const index = tabOrder.findIndex((pattern) => pattern.test(name));
  return index === -1 ? tabOrder.length : index;
}
