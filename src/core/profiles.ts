import type { ProfileId } from './types.js';

export interface Profile {
  id: ProfileId;
  description: string;
}

/** The certification tiers; the profile decides which rules run and how hard. */
export const profiles: readonly Profile[] = [
  {
    id: 'independent-publisher',
    description:
      'Independent publisher submissions to microsoft/PowerPlatformConnectors: every certification rule, the strictest metadata.',
  },
  {
    id: 'certified',
    description: 'Verified publishers who own the service: certification rules plus brand colour, icon and deployment instructions.',
  },
  {
    id: 'custom',
    description: 'A private custom connector that is not being certified: only what the platform itself rejects.',
  },
];

export const defaultProfile: ProfileId = 'independent-publisher';

export function isProfileId(value: unknown): value is ProfileId {
  return profiles.some((profile) => profile.id === value);
}
