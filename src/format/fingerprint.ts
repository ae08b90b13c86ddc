/**
 * A short, stable hash (two 32-bit FNV-1a lanes, 16 hex digits). Pure JS, no crypto API, so it runs in a browser:
 * it identifies a finding across runs, it does not protect anything.
 */
export function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * Identifies a finding by what it is, not where it is: rule id, file, JSON pointer and message, so it survives
 * lines moving above it. `scope` (e.g. the folder) keeps equal findings of different connectors apart.
 * @example
 * ```ts
 * import { fingerprint, parseConnector, validateConnector } from 'connector-certify';
 *
 * const [finding] = validateConnector(parseConnector({ 'apiDefinition.swagger.json': '{ "swagger": "2.0" }' })).findings;
 * // The same finding in another folder gets another fingerprint; moving lines above it does not change it.
 * console.log(fingerprint(finding!, 'connectors/Tide Watch'));
 * ```
 */
export function fingerprint(finding: { ruleId: string; file: string; pointer: string; message: string }, scope = ''): string {
  return hash([scope, finding.ruleId, finding.file, finding.pointer, finding.message].join('\u0000'));
}
