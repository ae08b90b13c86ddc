/** Which files the extension hands to the server. Pure, so the package test can check it without VS Code. */
import { basename, dirname, join } from 'node:path';

/** Glob patterns of the files the server checks (readme in any case). */
export const connectorFilePatterns = ['**/apiDefinition.swagger.json', '**/*.swagger.json', '**/apiProperties.json', '**/[rR][eE][aA][dD][mM][eE].[mM][dD]', '**/*.csx'];

/** Files whose presence makes a folder a connector folder. */
const markers = ['apiDefinition.swagger.json', 'apiProperties.json'];

/**
 * Whether a file belongs to a connector folder: a swagger or apiProperties.json always does; a readme or script only
 * when the folder holds one of those, so the readme of any other project is left alone.
 */
export function isInConnectorFolder(path: string, exists: (path: string) => boolean): boolean {
  const name = basename(path).toLowerCase();
  if (name.endsWith('.swagger.json') || name === 'apiproperties.json') return true;
  const dir = dirname(path);
  return markers.some((marker) => exists(join(dir, marker)));
}
