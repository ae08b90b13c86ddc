import type { OperationPair } from './match-operations.js';
import type { ParameterView } from './side.js';

/** The parameters of an operation present in both versions, matched by name and location. */
export function parameterPairs(pair: OperationPair): Array<{ base: ParameterView; revision: ParameterView }> {
  if (!pair.base || !pair.revision) return [];
  const key = (p: ParameterView) => `${p.name}\u0000${p.in}`;
  const after = new Map(pair.revision.parameters.map((p) => [key(p), p]));
  return pair.base.parameters.flatMap((base) => {
    const revision = after.get(key(base));
    return revision ? [{ base, revision }] : [];
  });
}
