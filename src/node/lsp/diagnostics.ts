import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { ConnectorInput } from '../../parse/connector.js';
import type { Finding, Severity } from '../../core/types.js';
import { editedRoles } from './connector-folder.js';
import { lspRange } from './positions.js';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a diagnostic carries back in code action requests: the finding's index in the folder's last result. */
export interface DiagnosticData {
  finding: number;
}

/** A finding placed in a file: the file its diagnostic is shown in, and the diagnostic. */
export interface PlacedDiagnostic {
  file: string;
  finding: Finding;
  diagnostic: Diagnostic;
}

/**
 * Diagnostics by the file they are shown in. A finding about a file the editor does not show (the icon, a missing
 * readme, settings.json) is shown at the top of the swagger, or of the first edited file there is, naming its file.
 */
export function placeFindings(input: ConnectorInput, findings: readonly Finding[]): PlacedDiagnostic[] {
  const shown = input.files.filter((file) => editedRoles.has(file.role) && file.type !== 'binary');
  const byName = new Map(shown.map((file) => [file.name.toLowerCase(), file]));
  const host = shown.find((file) => file.role === 'apiDefinition') ?? shown[0];
  const placed: PlacedDiagnostic[] = [];
  findings.forEach((finding, index) => {
    const own = byName.get(finding.file.toLowerCase());
    const file = own ?? host;
    if (!file) return;
    const diagnostic: Diagnostic = {
      range: lspRange(own ? finding.range : undefined),
      severity: severities[finding.severity],
      code: finding.ruleId,
      source: 'connector-certify',
      message: own || !finding.file ? finding.message : `${finding.file}: ${finding.message}`,
      data: { finding: index } satisfies DiagnosticData,
    };
    if (finding.docsUrl) diagnostic.codeDescription = { href: finding.docsUrl };
    placed.push({ file: file.name, finding, diagnostic });
  });
  return placed;
}
