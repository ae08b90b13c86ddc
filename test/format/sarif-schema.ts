import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);

/**
 * A validator for the SARIF 2.1.0 schema (the OASIS release, rtm.5) as shipped by Microsoft's `@microsoft/jest-sarif`
 * (MIT): a 23 KB package, where the SARIF Multitool that also ships it weighs 104 MB. The schema is draft-04, and
 * one of its patterns (`language`) is not valid with the `u` flag, hence `unicodeRegExp: false`.
 */
export function sarifValidator() {
  const file = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(file, 'utf8'));
  const ajv = new Ajv04({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}
