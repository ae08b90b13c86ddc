import type { ConnectorInput } from '../../parse/connector.js';

/**
 * A folder holding a readme and neither JSON file: the shape of a connector proposal, which the repository's workflow
 * merges before the connector itself (its pull request is titled "Proposal - <name>").
 */
export function isProposalFolder(input: ConnectorInput): boolean {
  const has = (role: string) => input.files.some((file) => file.role === role);
  return has('readme') && !has('apiDefinition') && !has('apiProperties');
}
