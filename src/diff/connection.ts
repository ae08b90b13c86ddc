import type { JsonObject } from '../core/nodes.js';
import { getOwn, joinPointer } from '../parse/pointer.js';
import { entries, isObject } from '../core/walk.js';
import type { ConnectorSide } from './side.js';

export interface ConnectionParameter {
  /** The parameter name, prefixed with its parameter set (`set/name`) when the connector offers several. */
  key: string;
  value: JsonObject;
  pointer: string;
}

/** The connection parameters of `apiProperties.json`, including those inside `connectionParameterSets`. */
export function connectionParameters(side: ConnectorSide): Map<string, ConnectionParameter> {
  const out = new Map<string, ConnectionParameter>();
  const props = getOwn(side.apiProperties.root, 'properties');
  const add = (params: unknown, pointer: string, prefix: string) => {
    for (const [name, value] of entries(params)) {
      if (isObject(value)) out.set(prefix + name, { key: prefix + name, value, pointer: joinPointer(pointer, name) });
    }
  };
  add(getOwn(props, 'connectionParameters'), '/properties/connectionParameters', '');
  for (const set of parameterSets(side)) add(set.value.parameters, joinPointer(set.pointer, 'parameters'), `${set.name}/`);
  return out;
}

export interface ParameterSet {
  name: string;
  value: JsonObject;
  pointer: string;
}

/** The authentication choices of a multi-auth connector (`connectionParameterSets.values`). */
export function parameterSets(side: ConnectorSide): ParameterSet[] {
  const values = getOwn(getOwn(getOwn(side.apiProperties.root, 'properties'), 'connectionParameterSets'), 'values');
  if (!Array.isArray(values)) return [];
  return values.flatMap((value, index) =>
    isObject(value) && typeof value.name === 'string'
      ? [{ name: value.name, value, pointer: joinPointer('/properties/connectionParameterSets/values', index) }]
      : [],
  );
}

/** The authentication kinds of the swagger: `basic`, `apiKey`, `oauth2 (accessCode)`..., sorted, or `none`. */
export function securityKinds(side: ConnectorSide): string {
  const kinds = entries(side.apiDefinition.root.securityDefinitions).flatMap(([, value]) => {
    if (!isObject(value) || typeof value.type !== 'string') return [];
    return [value.type === 'oauth2' && typeof value.flow === 'string' ? `oauth2 (${value.flow})` : value.type];
  });
  return kinds.length === 0 ? 'none' : [...new Set(kinds)].sort().join(', ');
}
