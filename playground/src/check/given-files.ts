// Some files of a connector (a pasted or shared swagger, files picked one by one) are checked for what they hold.
// The findings located in the files that were not given only say those files are missing, so they give way to one
// note that names them.
import type { Finding, ValidationResult } from 'connector-certify';

export interface GivenFilesCheck {
  /** The result without the findings about files that were not given, its counts and verdict to match. */
  result: ValidationResult;
  /** The files the dropped findings were about, e.g. ["apiProperties.json", "readme.md"]. */
  missing: string[];
}

export function checkGivenFiles(result: ValidationResult, given: readonly string[]): GivenFilesCheck {
  const names = new Set(given.map((name) => name.toLowerCase()));
  const isGiven = (finding: Finding) => names.has(finding.file.toLowerCase());
  const findings = result.findings.filter(isGiven);
  const missing = [...new Set(result.findings.filter((finding) => !isGiven(finding)).map(({ file }) => file))];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return { result: { ...result, findings, counts, ok: counts.error === 0 }, missing };
}

/** "Only apiDefinition.swagger.json was given, so only it was checked; …" */
export function givenFilesNote(given: readonly string[], missing: readonly string[]): string {
  const what =
    given.length === 1
      ? `Only ${given[0]} was given, so only it was checked`
      : `Only the ${given.length} files given were checked`;
  return `${what}: a connector folder also needs ${listed(missing)}. Open the whole folder to check those too.`;
}

function listed(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
