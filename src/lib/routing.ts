/**
 * The routing table: given where a platform is established, where its users are and where the
 * content is hosted, where must (or may) it report, and why. Pure: everything comes from the legal
 * data (obligations with `reach`, destinations, hotlines), so the tool, the pages and the tests agree.
 */
import type { Destination } from '../schema/destinations';
import type { Hotline } from '../schema/hotlines';
import { JURISDICTION_CODES, type JurisdictionCode } from '../schema/jurisdiction';
import type { Obligation, ObligationStatus, ReachFactor, ReachRule } from '../schema/obligations';
import { REACH_FACTORS } from '../schema/obligations';
import { countryName, listNames, parsePlace, placeWithin, type Place } from './places';

export interface RoutingInput {
  /** Where the company is established: country codes (GB, DE) or jurisdiction codes (US, EU, UK, CA, AU). */
  established: readonly string[];
  /** Where its users are. */
  users: readonly string[];
  /** Where the content is hosted (your servers or someone else's). */
  hosted: readonly string[];
}

export interface RoutingData {
  obligations: readonly Obligation[];
  destinations: readonly Destination[];
  hotlines: readonly Hotline[];
}

/** must: the law says you report here; check: it may apply, ask counsel; may: a voluntary report. */
export type RouteTier = 'must' | 'check' | 'may';
export const TIER_ORDER: readonly RouteTier[] = ['must', 'check', 'may'];

export type ReasonFactor = ReachFactor;

export interface RouteReason {
  factor: ReasonFactor;
  /** Names of the places that triggered this reason, e.g. ["Germany", "France"]. */
  places: string[];
  tier: RouteTier;
  /** The obligation (obligations.yaml) behind the reason; absent for voluntary hotline reports. */
  obligation?: { id: string; title: string; instrument: string; status: ObligationStatus };
  text: string;
}

export interface RouteTarget {
  id: string;
  name: string;
  operator: string;
  url: string | null;
  /** A destination (destinations.yaml) or a national hotline (hotlines.yaml). */
  source: 'destination' | 'hotline';
}

export interface Route {
  tier: RouteTier;
  target: RouteTarget;
  jurisdiction?: JurisdictionCode;
  country?: string;
  reasons: RouteReason[];
  /** Other destinations the law allows in named cases, e.g. Europol under DSA Art. 18(2). */
  alternatives: { target: RouteTarget; when: string }[];
}

export interface RoutingResult {
  places: Record<ReachFactor, Place[]>;
  /** Codes that are neither a country nor a jurisdiction, by factor. */
  unknown: { factor: ReachFactor; code: string }[];
  routes: Route[];
  /** Countries named for hosting or establishment that have no CSAM hotline in the directory. */
  withoutHotline: string[];
}

/** Why a national hotline is listed; from INHOPE's description of how hotlines work (see the National hotlines page). */
export const HOTLINE_REASONS: Record<'hosted' | 'established', (country: string) => string> = {
  hosted: (country) =>
    `The content is hosted in ${country}. The national hotline there can assess a report and act to have content hosted in its country removed.`,
  established: (country) =>
    `You are established in ${country}. INHOPE asks people to report once, to their own country's hotline, which passes reports about content hosted abroad to the hotline there.`,
};

const rank = (tier: RouteTier) => TIER_ORDER.indexOf(tier);

/** A duty in force, or in force while its law changes: the ones that route reports. */
export const isActive = (obligation: Pick<Obligation, 'status'>) =>
  obligation.status === 'in_force' || obligation.status === 'in_flux';

/** How firmly one reach rule binds: `must` when the rule applies and the law is in force; otherwise `check`. */
export function reachTier(obligation: Obligation, rule: ReachRule): Exclude<RouteTier, 'may'> {
  return rule.effect === 'applies' && obligation.status === 'in_force' ? 'must' : 'check';
}

/** One reach rule of a duty that a set of places meets. */
export interface ReachMatch {
  factor: ReachFactor;
  rule: ReachRule;
  /** The places, of the duty's jurisdiction, that meet it. */
  places: Place[];
  tier: Exclude<RouteTier, 'may'>;
}

/**
 * Which of a duty's `reach` rules the places meet, in factor order. The one reading of `reach`:
 * the routing tool, the routing table and "what applies to you" all go through it.
 */
export function reachMatches(
  obligation: Obligation,
  places: Readonly<Record<ReachFactor, readonly Place[]>>,
): ReachMatch[] {
  const reach = obligation.reach;
  if (!reach) return [];
  const jurisdiction = obligation.jurisdiction;
  const establishedHere = places.established.some((place) => placeWithin(place, jurisdiction));
  const matches: ReachMatch[] = [];
  for (const factor of REACH_FACTORS) {
    const rule = reach[factor];
    if (!rule || (rule.unless_established && establishedHere)) continue;
    const matching = places[factor].filter((place) => placeWithin(place, jurisdiction));
    if (matching.length > 0) matches.push({ factor, rule, places: matching, tier: reachTier(obligation, rule) });
  }
  return matches;
}
const stronger = (a: RouteTier, b: RouteTier): RouteTier => (rank(a) <= rank(b) ? a : b);

function readPlaces(input: RoutingInput): Pick<RoutingResult, 'places' | 'unknown'> {
  const places = { established: [], users: [], hosted: [] } as Record<ReachFactor, Place[]>;
  const unknown: RoutingResult['unknown'] = [];
  for (const factor of REACH_FACTORS) {
    for (const raw of input[factor]) {
      if (raw.trim() === '') continue;
      const place = parsePlace(raw);
      if (!place) unknown.push({ factor, code: raw.trim() });
      else if (!places[factor].some((known) => known.code === place.code)) places[factor].push(place);
    }
  }
  return { places, unknown };
}

function destinationTarget(destination: Destination): RouteTarget {
  return {
    id: destination.id,
    name: destination.name,
    operator: destination.operator,
    url: destination.url,
    source: 'destination',
  };
}

function hotlineTarget(hotline: Hotline): RouteTarget {
  return {
    id: hotline.id,
    name: hotline.name,
    operator: hotline.organisation,
    url: hotline.report_url,
    source: 'hotline',
  };
}

/** Where to report, and why, for one set of places. Several routes usually apply; each says why. */
export function routeReports(input: RoutingInput, data: RoutingData): RoutingResult {
  const { places, unknown } = readPlaces(input);
  const destinations = new Map(data.destinations.map((destination) => [destination.id, destination]));
  const routes = new Map<string, Route>();
  const routeCountries = new Map<string, Set<string>>();

  const addReason = (target: RouteTarget, reason: RouteReason, extra: Partial<Route>, countries: readonly string[]) => {
    const key = `${target.source}:${target.id}`;
    let route = routes.get(key);
    if (!route) {
      route = { tier: reason.tier, target, reasons: [], alternatives: [], ...extra };
      routes.set(key, route);
      routeCountries.set(key, new Set());
    }
    route.tier = stronger(route.tier, reason.tier);
    route.reasons.push(reason);
    countries.forEach((country) => routeCountries.get(key)!.add(country));
    return route;
  };

  // 1. Duties that route a report, from each obligation's `reach`.
  for (const obligation of data.obligations) {
    if (!obligation.reach || obligation.report_to === null) continue;
    if (!isActive(obligation)) continue;
    const destination = destinations.get(obligation.report_to);
    if (!destination) continue;
    const jurisdiction = obligation.jurisdiction;
    for (const { factor, rule, places: matching, tier } of reachMatches(obligation, places)) {
      const route = addReason(
        destinationTarget(destination),
        {
          factor,
          places: matching.map((place) => place.name),
          tier,
          obligation: {
            id: obligation.id,
            title: obligation.title,
            instrument: obligation.instrument,
            status: obligation.status,
          },
          text: rule.why,
        },
        { jurisdiction },
        matching.flatMap((place) => (place.country ? [place.country] : [])),
      );
      for (const alternative of obligation.alternatives ?? []) {
        const other = destinations.get(alternative.destination);
        if (other && !route.alternatives.some((known) => known.target.id === other.id)) {
          route.alternatives.push({ target: destinationTarget(other), when: alternative.when });
        }
      }
    }
  }

  // 2. Destinations that handle part of a routed one for some countries (e.g. Germany's BKA for Art. 18 DSA).
  for (const [key, route] of [...routes]) {
    const countries = routeCountries.get(key)!;
    for (const refining of data.destinations) {
      if (refining.refines !== route.target.id) continue;
      const served = (refining.countries ?? []).filter((country) => countries.has(country));
      if (served.length === 0) continue;
      const names = served.map(countryName);
      addReason(
        destinationTarget(refining),
        {
          factor: route.reasons.find((reason) => reason.places.some((name) => names.includes(name)))?.factor ?? 'users',
          places: names,
          tier: route.tier,
          text: `${refining.operator} handles these reports for ${listNames(names)}: ${refining.accepts.join(' ')}`,
        },
        { jurisdiction: refining.jurisdiction, country: served[0] },
        served,
      );
    }
  }

  // 3. Voluntary reports to national hotlines where the content is hosted and where you are established.
  const routedTargets = new Set([...routes.values()].map((route) => route.target.id));
  const withoutHotline: string[] = [];
  for (const factor of ['hosted', 'established'] as const) {
    for (const place of places[factor]) {
      if (!place.country) continue;
      const hotlines = data.hotlines.filter(
        (hotline) => hotline.country === place.country && hotline.accepts.includes('csam'),
      );
      if (hotlines.length === 0) {
        if (!withoutHotline.includes(place.name)) withoutHotline.push(place.name);
        continue;
      }
      for (const hotline of hotlines) {
        if (hotline.destination && routedTargets.has(hotline.destination)) continue;
        addReason(
          hotlineTarget(hotline),
          { factor, places: [place.name], tier: 'may', text: HOTLINE_REASONS[factor](place.name) },
          { country: hotline.country, jurisdiction: place.jurisdiction },
          [hotline.country],
        );
      }
    }
  }

  const order = (route: Route) =>
    route.jurisdiction ? JURISDICTION_CODES.indexOf(route.jurisdiction) : JURISDICTION_CODES.length;
  const sorted = [...routes.values()].sort(
    (a, b) =>
      rank(a.tier) - rank(b.tier) ||
      order(a) - order(b) ||
      (a.target.source === b.target.source ? 0 : a.target.source === 'destination' ? -1 : 1) ||
      (a.country ?? '').localeCompare(b.country ?? '') ||
      a.target.name.localeCompare(b.target.name),
  );
  return { places, unknown, routes: sorted, withoutHotline };
}

/** One row of the static routing table: a duty, a connecting factor and what it means. */
export interface RoutingTableRow {
  jurisdiction: JurisdictionCode;
  obligation: Obligation;
  destination: Destination;
  factor: ReachFactor;
  tier: Exclude<RouteTier, 'may'>;
  why: string;
  unlessEstablished: boolean;
}

/** Every (duty × connecting factor) pair in the data, in jurisdiction order: the table printed on the hotlines page. */
export function routingTable(data: Pick<RoutingData, 'obligations' | 'destinations'>): RoutingTableRow[] {
  const destinations = new Map(data.destinations.map((destination) => [destination.id, destination]));
  const rows: RoutingTableRow[] = [];
  for (const jurisdiction of JURISDICTION_CODES) {
    for (const obligation of data.obligations) {
      if (obligation.jurisdiction !== jurisdiction || !obligation.reach || obligation.report_to === null) continue;
      if (!isActive(obligation)) continue;
      const destination = destinations.get(obligation.report_to);
      if (!destination) continue;
      for (const factor of REACH_FACTORS) {
        const rule = obligation.reach[factor];
        if (!rule) continue;
        rows.push({
          jurisdiction,
          obligation,
          destination,
          factor,
          tier: reachTier(obligation, rule),
          why: rule.why,
          unlessEstablished: rule.unless_established === true,
        });
      }
    }
  }
  return rows;
}
