/**
 * The closed lists of values a programme record uses, with the labels readers see. Plain constants
 * with no zod, so that components can import them without shipping the schema to the browser;
 * `src/schema/programmes.ts` builds its enums from these.
 */

/** What kind of programme it is, with the label the comparison table shows. */
export const PROGRAMME_KINDS = {
  hash_list: 'Hash or URL list',
  signal_sharing: 'Signal sharing',
  matching_service: 'Matching service',
  reporting_service: 'Reporting or removal-notice service',
  victim_takedown_service: 'Victim-facing takedown service',
  open_source_tool: 'Open-source tool',
} as const;

/** Whether a company established outside the United States may join, as the operator publishes it. */
export const OUTSIDE_US = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Not published',
} as const;

/** Whether the programme needs a membership (of the operator or another body). */
export const MEMBERSHIP = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Not published',
} as const;

/** How the cost is set, for filtering; the record's `cost` holds the words the operator publishes. */
export const COST_MODELS = {
  free: 'Free',
  paid: 'Paid (membership or contract)',
  not_published: 'Not published',
  not_applicable: 'Nothing to join',
} as const;

/** How much work it takes a small team to start using it (engineering and people). */
export const INTEGRATION_EFFORTS = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
} as const;

export type ProgrammeKind = keyof typeof PROGRAMME_KINDS;
export type OutsideUs = keyof typeof OUTSIDE_US;
export type CostModel = keyof typeof COST_MODELS;
export type IntegrationEffort = keyof typeof INTEGRATION_EFFORTS;

/** The exact words a record uses when an operator publishes no cost. */
export const NOT_PUBLISHED = 'not published';
