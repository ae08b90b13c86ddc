/** How a connector signs in, read from its swagger `securityDefinitions` and its apiProperties connection parameters. */
import type { JsonObject } from '../../core/nodes.js';
import { joinPointer } from '../../parse/pointer.js';
import { primaryFile } from '../../core/engine.js';
import { entries, isObject } from '../../core/walk.js';
import type { ConnectorInput, JsonFile } from '../../parse/connector.js';

type JsonRole = 'apiDefinition' | 'apiProperties' | 'settings';

/** The JSON file of a role, when it parsed to an object. */
export function jsonFile(input: ConnectorInput, role: JsonRole): (JsonFile & { value: JsonObject }) | undefined {
  const file = primaryFile(input, role);
  return file?.type === 'json' && isObject(file.value) ? (file as JsonFile & { value: JsonObject }) : undefined;
}

/** The parsed root of a JSON file of the connector, when it is an object. */
export function jsonRoot(input: ConnectorInput, role: JsonRole): JsonObject | undefined {
  return jsonFile(input, role)?.value;
}

export interface NamedValue {
  name: string;
  /** The file it is written in, as named in the folder. */
  file: string;
  pointer: string;
  value: JsonObject;
}

/** The swagger's security definitions that are objects. */
export function securityDefinitions(input: ConnectorInput): NamedValue[] {
  const file = jsonFile(input, 'apiDefinition');
  if (!file) return [];
  return entries(file.value.securityDefinitions).flatMap(([name, value]) =>
    isObject(value) ? [{ name, file: file.name, pointer: joinPointer('/securityDefinitions', name), value }] : [],
  );
}

/** Every connection parameter: the single set, then those of each `connectionParameterSets` value. */
export function connectionParameters(input: ConnectorInput): NamedValue[] {
  const file = jsonFile(input, 'apiProperties');
  const props = file?.value.properties;
  if (!file || !isObject(props)) return [];
  const found: NamedValue[] = [];
  const add = (params: unknown, base: string) => {
    for (const [name, value] of entries(params)) {
      if (isObject(value)) found.push({ name, file: file.name, pointer: joinPointer(base, name), value });
    }
  };
  add(props.connectionParameters, '/properties/connectionParameters');
  const sets = isObject(props.connectionParameterSets) ? props.connectionParameterSets.values : undefined;
  if (Array.isArray(sets)) {
    sets.forEach((set, index) => {
      if (isObject(set)) add(set.parameters, joinPointer('/properties/connectionParameterSets/values', index, 'parameters'));
    });
  }
  return found;
}

/** Whether the connector signs in with OAuth 2.0 in either file. */
export function usesOAuth(input: ConnectorInput): boolean {
  return (
    securityDefinitions(input).some(({ value }) => value.type === 'oauth2') ||
    connectionParameters(input).some(({ value }) => value.type === 'oauthSetting')
  );
}

/** Whether the connector asks for any credential (a security definition or a connection parameter). */
export function usesAuthentication(input: ConnectorInput): boolean {
  return securityDefinitions(input).length > 0 || connectionParameters(input).length > 0;
}

/** The `oAuthSettings` object of an `oauthSetting` parameter. */
export function oAuthSettingsOf(param: JsonObject): JsonObject | undefined {
  return isObject(param.oAuthSettings) ? param.oAuthSettings : undefined;
}
