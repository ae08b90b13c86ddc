import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isProfileId, profiles } from '../core/profiles.js';
import type { Finding, ProfileId, SeverityOrOff } from '../core/types.js';
import { UsageError } from './errors.js';
import { globMatch } from './glob.js';
import { didYouMean } from '../parse/suggest.js';

export const configFileName = 'connector-certify.config.json';

/** Per-folder settings: the folders (globs relative to the config file) take this profile and these rules. */
export interface ConfigOverride {
  folders: string[];
  profile?: ProfileId;
  rules?: Record<string, SeverityOrOff>;
}

/** Findings to hide: a rule, optionally only in one file, below one JSON pointer, in some folders. */
export interface ConfigIgnore {
  ruleId: string;
  file?: string;
  /** Hides findings at this pointer and below it. */
  pointer?: string;
  folders?: string[];
}

/** The contents of `connector-certify.config.json`. */
export interface Config {
  profile?: ProfileId;
  rules?: Record<string, SeverityOrOff>;
  overrides?: ConfigOverride[];
  ignores?: ConfigIgnore[];
}

export interface LoadedConfig {
  path: string;
  config: Config;
}

/** The settings that apply to one folder once the config's overrides are merged. */
export interface FolderSettings {
  profile?: ProfileId;
  rules: Record<string, SeverityOrOff>;
  ignore: (finding: Finding) => boolean;
}

/**
 * The nearest config file in `start` or a folder above it.
 * @example
 * ```ts
 * import { findConfig } from 'connector-certify/node';
 *
 * // `connector-certify.config.json` in the folder or the nearest folder above it, else undefined.
 * console.log(await findConfig('examples/passing'));
 * ```
 */
export async function findConfig(start: string): Promise<string | undefined> {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, configFileName);
    if (isFile(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Reads and checks a config file; throws `UsageError` with a one-line message (naming the nearest rule id for a misspelt one) when it is not valid.
 * @example
 * ```ts
 * import { rules } from 'connector-certify';
 * import { folderSettings, loadConfig } from 'connector-certify/node';
 * import { mkdtemp, writeFile } from 'node:fs/promises';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 *
 * const file = join(await mkdtemp(join(tmpdir(), 'config-')), 'connector-certify.config.json');
 * await writeFile(file, JSON.stringify({ profile: 'certified', rules: { 'desc-no-api-word': 'off' } }));
 * const loaded = await loadConfig(file, rules.map((rule) => rule.id));
 * console.log(folderSettings(loaded, 'connectors/Tide Watch').profile); // 'certified'
 * ```
 */
export async function loadConfig(path: string, ruleIds: readonly string[]): Promise<LoadedConfig> {
  const shown = displayPath(path);
  let text;
  try {
    // Synchronous, as the config is found: one small file, and a small check starts no thread pool (load.ts).
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`Cannot read the config file '${shown}'.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${shown}: not valid JSON (${(error as Error).message.split('\n')[0]}).`);
  }
  return { path, config: parseConfig(value, ruleIds, shown) };
}

/**
 * Checks a parsed config by hand (the CLI compiles no schema at run time) with messages that say what to write.
 * @example
 * ```ts
 * import { rules } from 'connector-certify';
 * import { parseConfig } from 'connector-certify/node';
 *
 * const config = parseConfig({ profile: 'certified', rules: { 'desc-no-api-word': 'off' } }, rules.map((rule) => rule.id));
 * console.log(config.rules); // { 'desc-no-api-word': 'off' }
 * ```
 */
export function parseConfig(value: unknown, ruleIds: readonly string[], where = configFileName): Config {
  const fail = (at: string, message: string): never => {
    throw new UsageError(`${where}: ${at ? `${at}: ` : ''}${message}`);
  };
  const object = (v: unknown, at: string, keys: readonly string[]): Record<string, unknown> => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(at, 'must be an object.');
    for (const key of Object.keys(v)) {
      if (!keys.includes(key)) fail(at, `unknown key '${key}'${didYouMean(key, keys)} Allowed: ${keys.join(', ')}.`);
    }
    return v as Record<string, unknown>;
  };
  const string = (v: unknown, at: string): string => (typeof v === 'string' ? v : fail(at, 'must be a string.'));
  const profile = (v: unknown, at: string): ProfileId => {
    if (isProfileId(v)) return v;
    const ids = profiles.map((p) => p.id);
    return fail(at, `unknown profile '${String(v)}'${didYouMean(String(v), ids)} Use one of ${ids.join(', ')}.`);
  };
  const ruleId = (id: string, at: string) => {
    if (!ruleIds.includes(id)) fail(at, `unknown rule '${id}'${didYouMean(id, ruleIds)}`);
  };
  const rules = (v: unknown, at: string): Record<string, SeverityOrOff> => {
    const map = object(v, at, Object.keys(v ?? {}));
    const out: Record<string, SeverityOrOff> = {};
    for (const [id, level] of Object.entries(map)) {
      ruleId(id, at);
      if (!severities.includes(level as SeverityOrOff)) {
        fail(`${at}/${id}`, `severity '${String(level)}'${didYouMean(String(level), severities)} Use one of ${severities.join(', ')}.`);
      }
      out[id] = level as SeverityOrOff;
    }
    return out;
  };
  const globs = (v: unknown, at: string): string[] => {
    const list = Array.isArray(v) ? v : [v];
    if (list.length === 0) fail(at, 'needs at least one glob.');
    return list.map((item, i) => string(item, Array.isArray(v) ? `${at}/${i}` : at));
  };

  const root = object(value, '', ['$schema', 'profile', 'rules', 'overrides', 'ignores']);
  const config: Config = {};
  if (root.profile !== undefined) config.profile = profile(root.profile, '/profile');
  if (root.rules !== undefined) config.rules = rules(root.rules, '/rules');
  if (root.overrides !== undefined) {
    if (!Array.isArray(root.overrides)) fail('/overrides', 'must be an array.');
    config.overrides = (root.overrides as unknown[]).map((item, i) => {
      const at = `/overrides/${i}`;
      const entry = object(item, at, ['folders', 'profile', 'rules']);
      if (entry.folders === undefined) fail(at, "needs 'folders' (a glob or a list of globs).");
      const override: ConfigOverride = { folders: globs(entry.folders, `${at}/folders`) };
      if (entry.profile !== undefined) override.profile = profile(entry.profile, `${at}/profile`);
      if (entry.rules !== undefined) override.rules = rules(entry.rules, `${at}/rules`);
      return override;
    });
  }
  if (root.ignores !== undefined) {
    if (!Array.isArray(root.ignores)) fail('/ignores', 'must be an array.');
    config.ignores = (root.ignores as unknown[]).map((item, i) => {
      const at = `/ignores/${i}`;
      const entry = object(item, at, ['ruleId', 'file', 'pointer', 'folders']);
      if (entry.ruleId === undefined) fail(at, "needs 'ruleId'.");
      const ignore: ConfigIgnore = { ruleId: string(entry.ruleId, `${at}/ruleId`) };
      ruleId(ignore.ruleId, `${at}/ruleId`);
      if (entry.file !== undefined) ignore.file = string(entry.file, `${at}/file`);
      if (entry.pointer !== undefined) {
        ignore.pointer = string(entry.pointer, `${at}/pointer`);
        if (ignore.pointer !== '' && !ignore.pointer.startsWith('/')) fail(`${at}/pointer`, "a JSON pointer starts with '/'.");
      }
      if (entry.folders !== undefined) ignore.folders = globs(entry.folders, `${at}/folders`);
      return ignore;
    });
  }
  return config;
}

const severities: SeverityOrOff[] = ['error', 'warning', 'info', 'off'];

/**
 * Merges the config's top level and every override whose globs match the folder (later overrides win).
 * @example
 * ```ts
 * import { rules, validateConnector } from 'connector-certify';
 * import { folderSettings, loadConnector, parseConfig } from 'connector-certify/node';
 *
 * const config = parseConfig(
 *   { rules: { 'desc-no-api-word': 'off' }, overrides: [{ folders: ['examples/failing'], profile: 'custom' }] },
 *   rules.map((rule) => rule.id),
 * );
 * const settings = folderSettings({ path: 'connector-certify.config.json', config }, 'examples/failing');
 * const result = validateConnector(await loadConnector('examples/failing'), { ...(settings.profile && { profile: settings.profile }), rules: settings.rules });
 * console.log(result.profile, result.findings.filter(settings.ignore).length);
 * ```
 */
export function folderSettings(loaded: LoadedConfig | undefined, folder: string): FolderSettings {
  if (!loaded) return { rules: {}, ignore: () => false };
  const { config } = loaded;
  const path = relative(dirname(loaded.path), resolve(folder)).split(sep).join('/') || '.';
  const matches = (globs: readonly string[]) => globs.some((glob) => globMatch(glob, path));
  let profile = config.profile;
  let rules = { ...config.rules };
  for (const override of config.overrides ?? []) {
    if (!matches(override.folders)) continue;
    profile = override.profile ?? profile;
    rules = { ...rules, ...override.rules };
  }
  const ignores = (config.ignores ?? []).filter((entry) => !entry.folders || matches(entry.folders));
  const ignore = (finding: Finding) =>
    ignores.some(
      (entry) =>
        entry.ruleId === finding.ruleId &&
        (entry.file === undefined || entry.file.toLowerCase() === finding.file.toLowerCase()) &&
        (entry.pointer === undefined || finding.pointer === entry.pointer || finding.pointer.startsWith(`${entry.pointer}/`)),
    );
  return { profile, rules, ignore };
}

/** A path below the working folder as a relative one, shorter in messages; others as they are. */
function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown && !shown.startsWith('..') && !isAbsolute(shown) ? shown : path;
}

// Synchronous: the lookup stats each folder up to the root, and asynchronously each is a round trip through libuv's
// thread pool (about a millisecond of a small check's start-up in all).
function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false;
  }
}
