import { isProfileId, profiles } from '../../core/profiles.js';
import type { ConnectorTarget, Finding, ProfileId } from '../../core/types.js';
import type { ValidateOptions } from '../../core/validate.js';
import { rules as catalogue } from '../../rules/catalogue.js';
import { findConfig, folderSettings, loadConfig } from '../config.js';

/** What the editor may set, in the initialization options or the workspace settings section `connectorCertify`. */
export interface ClientSettings {
  /** The profile where `connector-certify.config.json` sets none. */
  profile?: ProfileId;
  /** `package` (default) or `repository`, as the CLI's `--target`. */
  target?: ConnectorTarget;
}

export const settingsSection = 'connectorCertify';

/** The settings an editor sent, each one kept only when valid; `warn` hears about the others. */
export function clientSettings(value: unknown, warn: (message: string) => void): ClientSettings {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    warn('The connector-certify settings are not an object; they are ignored.');
    return {};
  }
  const { profile, target } = value as Record<string, unknown>;
  const settings: ClientSettings = {};
  if (isProfileId(profile)) settings.profile = profile;
  else if (profile !== undefined && profile !== null && profile !== '') {
    warn(`Unknown profile '${String(profile)}' in the settings; use one of ${profiles.map((p) => p.id).join(', ')}.`);
  }
  if (target === 'package' || target === 'repository') settings.target = target;
  else if (target !== undefined && target !== null && target !== '') warn(`Unknown target '${String(target)}' in the settings; use package or repository.`);
  return settings;
}

/** How one folder is checked: its validate options and the findings its config hides. */
export interface FolderOptions {
  options: ValidateOptions;
  ignore: (finding: Finding) => boolean;
}

const ruleIds = catalogue.map((rule) => rule.id);

/**
 * The options for a folder, as the CLI would check it: `connector-certify.config.json` (the nearest one above the
 * folder, read again on every check, so editing it takes effect at once) decides the profile and the rules; the
 * editor's profile applies where the config sets none. A config that is not valid is reported through `warn` and
 * left out.
 */
export async function folderOptions(dir: string, client: ClientSettings, warn: (message: string) => void): Promise<FolderOptions> {
  let loaded;
  try {
    const path = await findConfig(dir);
    loaded = path ? await loadConfig(path, ruleIds) : undefined;
  } catch (error) {
    warn(`${(error as Error).message} The folder is checked without it.`);
  }
  const settings = folderSettings(loaded, dir);
  const profile = settings.profile ?? client.profile;
  return {
    options: { ...(profile && { profile }), ...(client.target && { target: client.target }), rules: settings.rules },
    ignore: settings.ignore,
  };
}
