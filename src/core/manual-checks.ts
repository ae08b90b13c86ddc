import type { ManualCheck, ProfileId } from './types.js';

interface ManualCheckEntry extends ManualCheck {
  profiles: readonly ProfileId[];
}

const certifying: readonly ProfileId[] = ['independent-publisher', 'certified'];
const independent: readonly ProfileId[] = ['independent-publisher'];
const certified: readonly ProfileId[] = ['certified'];

/** Certification requirements about the submission itself, which no file in the folder can prove. */
const entries: readonly ManualCheckEntry[] = [
  { id: 'op-tested', profiles: certifying, requirement: 'Every operation has been called successfully at least 10 times, and the Test tab shows no errors.' },
  { id: 'artifact-paconn-validate', profiles: certifying, requirement: "You ran 'paconn validate' on apiDefinition.swagger.json and fixed what it reported." },
  { id: 'artifact-one-connector-per-pr', profiles: certifying, requirement: 'The pull request changes exactly one connector folder and nothing outside it.' },
  { id: 'pr-title-pattern', profiles: independent, requirement: "The pull request title is '<Connector Name> (Independent Publisher)'." },
  { id: 'pr-screenshots', profiles: independent, requirement: 'The pull request shows screenshots of at least three operations succeeding in flows, and of the Test operations section.' },
  { id: 'pr-label', profiles: certifying, requirement: 'The pull request carries the label that matches the connector folder (independent-publisher-connector or certified-connector).' },
  { id: 'pr-not-existing', profiles: independent, requirement: 'No connector for this service exists on the platform yet; if one does, extend it instead.' },
  { id: 'pr-first-party-service', profiles: independent, requirement: 'A connector to a Microsoft first-party service has been agreed with Microsoft before submission.' },
  { id: 'sec-test-account', profiles: certified, requirement: 'The test account you give Microsoft signs in without multi-factor authentication, or you explain how to get access.' },
  { id: 'pr-verified-credentials', profiles: independent, requirement: 'You can present verified credentials (Microsoft Authenticator) for this pull request.' },
];

export const manualCheckIds: readonly string[] = entries.map((entry) => entry.id);

export function manualChecksFor(profile: ProfileId): ManualCheck[] {
  return entries.filter((entry) => entry.profiles.includes(profile)).map(({ id, requirement }) => ({ id, requirement }));
}
