/**
 * The places a platform profile can name, with how prose names them. No zod here, so that code
 * running on every page (conditions, applicability) can use it.
 */
import type { JurisdictionCode } from './jurisdiction';

/** The places a profile can name: every covered jurisdiction except the catch-all INTL. */
export const PROFILE_JURISDICTIONS = ['US', 'EU', 'UK', 'CA', 'AU'] as const satisfies readonly JurisdictionCode[];
export type ProfileJurisdiction = (typeof PROFILE_JURISDICTIONS)[number];

/** How prose names each place ("if you have users in the United Kingdom"). */
export const PLACE_NAMES: Record<ProfileJurisdiction, string> = {
  US: 'the United States',
  EU: 'the European Union',
  UK: 'the United Kingdom',
  CA: 'Canada',
  AU: 'Australia',
};
