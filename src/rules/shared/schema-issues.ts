/** Helpers of the rules that report structural schema issues (`meta-json-*`, `meta-no-unknown-keys`, `props-root-shape`). */
import type { ConnectorFile } from '../../parse/connector.js';
import type { RuleContext } from '../../core/rule.js';
import type { SchemaIssue } from '../../core/schema-check.js';

type SchemaRole = 'apiDefinition' | 'apiProperties';

/** Issues of the given kinds when `file` is the connector's file of `role` (a second file of the same role is not checked). */
export function schemaIssuesOf(
  context: Pick<RuleContext, 'fileOf' | 'schemaIssues'>,
  file: ConnectorFile,
  role: SchemaRole,
  kinds: ReadonlyArray<SchemaIssue['kind']>,
): SchemaIssue[] {
  if (file.role !== role || file !== context.fileOf(role)) return [];
  return context.schemaIssues(role).filter((issue) => kinds.includes(issue.kind));
}

/**
 * Whether a pointer runs through an `x-ms-*` key. The `ext-*` rules check every documented extension's values with
 * messages of their own, so the generic type and enum rules leave those values to them.
 */
export function isInExtension(pointer: string): boolean {
  return pointer.includes('/x-ms-');
}
