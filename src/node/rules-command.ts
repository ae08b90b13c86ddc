import { rules } from '../rules/catalogue.js';
import { profiles } from '../core/profiles.js';
import type { ProfileId } from '../core/types.js';
import { toolName, version } from '../version.js';

/** `rules`: a table of every rule with its severity per profile, or with `json` the catalogue as one document. */
export function listRules(format: 'stylish' | 'json'): string {
  if (format === 'json') return `${JSON.stringify({ tool: { name: toolName, version }, rules }, null, 2)}\n`;
  const ids: ProfileId[] = profiles.map((p) => p.id);
  const rows = rules.map((rule) => [rule.id, rule.area, ...ids.map((id) => rule.severity[id] ?? 'off')]);
  const header = ['rule', 'area', ...ids];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
