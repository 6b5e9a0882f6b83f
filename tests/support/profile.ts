/** Pieces of a valid platform profile that tests build their own profiles from. */

/** The contacts block of an example profile: every required contact, at example.org. */
export const EXAMPLE_CONTACTS = {
  safety_email: 'safety@example.org',
  law_enforcement_email: 'le@example.org',
  appeals_email: 'appeals@example.org',
  support_url: 'https://example.org/help',
  safety_lead: 'Head of Safety',
};
