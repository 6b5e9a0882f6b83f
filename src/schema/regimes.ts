/**
 * The regimes the crosswalk covers and the reasons a requirement may be "not covered". Plain
 * constants without zod, so the site's crosswalk page can label rows without loading a schema.
 */

/** Where a regime's rules bind: a jurisdiction, an app store, or a voluntary industry framework. */
export const REGIMES = {
  'us-2258a': { label: '18 U.S.C. §§ 2258A-2258B', jurisdiction: 'US', kind: 'law' },
  'us-take-it-down': { label: 'TAKE IT DOWN Act', jurisdiction: 'US', kind: 'law' },
  'eu-dsa': { label: 'Digital Services Act', jurisdiction: 'EU', kind: 'law' },
  'uk-osa': { label: 'Online Safety Act 2023', jurisdiction: 'UK', kind: 'law' },
  'uk-ofcom-codes': { label: 'Ofcom codes of practice', jurisdiction: 'UK', kind: 'regulator' },
  'au-bose': { label: 'Basic Online Safety Expectations', jurisdiction: 'AU', kind: 'regulator' },
  'au-codes': { label: 'Australian industry codes and standards', jurisdiction: 'AU', kind: 'regulator' },
  'ca-mandatory-reporting': { label: 'Canada, mandatory reporting Act', jurisdiction: 'CA', kind: 'law' },
  'google-play': { label: 'Google Play Child Safety Standards', jurisdiction: 'store', kind: 'store' },
  'apple-app-review': { label: 'Apple App Review Guideline 1.2', jurisdiction: 'store', kind: 'store' },
  dtsp: { label: 'Digital Trust & Safety Partnership practices', jurisdiction: 'voluntary', kind: 'voluntary' },
  'tech-coalition': { label: 'Tech Coalition membership criteria', jurisdiction: 'voluntary', kind: 'voluntary' },
} as const;

export type Regime = keyof typeof REGIMES;
export const REGIME_IDS = Object.keys(REGIMES) as Regime[];

export const NOT_COVERED_REASONS = {
  outside_scope: 'Outside the kit’s scope',
  depends_on_product: 'Depends on your product',
  regulator_process: 'A step with the regulator or store, not a policy',
} as const;
export type NotCoveredReason = keyof typeof NOT_COVERED_REASONS;

/** The same reasons in French, for a French crosswalk. */
export const NOT_COVERED_REASONS_FR: Readonly<Record<NotCoveredReason, string>> = {
  outside_scope: 'Hors du champ du kit',
  depends_on_product: 'Dépend de votre produit',
  regulator_process: "Une démarche auprès du régulateur ou de la boutique d'applications, pas une politique",
};
