/**
 * The real legal data and the legal pages: cross-references resolve, every record is sourced (a duty
 * always by a primary source), statutory terms the kit avoids appear only inside quotations, and a
 * page never shows a duty or provision that is not in the data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { validateDataFile } from '../../src/lib/node/data';
import { routeReports } from '../../src/lib/routing';
import { createParser, readFrontMatter } from '../../src/lib/mdx';
import { findTerms } from '../../src/lint/rules/terminology';
import type { Destination } from '../../src/schema/destinations';
import type { Hotline } from '../../src/schema/hotlines';
import type { JurisdictionCode } from '../../src/schema/jurisdiction';
import type { LawChange } from '../../src/schema/law-changes';
import type { Obligation } from '../../src/schema/obligations';

const root = join(import.meta.dirname, '../..');
const legalDir = join(root, 'docs/legal');

function load<T>(kind: string): T {
  const result = validateDataFile(join(legalDir, '_data', kind), root);
  if (!result.ok) throw new Error(`docs/legal/_data/${kind} is invalid; run npm run lint`);
  return result.data as T;
}

const obligations = load<Obligation[]>('obligations.yaml');
const destinations = load<Destination[]>('destinations.yaml');
const hotlines = load<Hotline[]>('hotlines.yaml');
const changes = load<LawChange[]>('law-changes.yaml');
const obligationIds = new Set(obligations.map((obligation) => obligation.id));
const destinationIds = new Set(destinations.map((destination) => destination.id));

const GUIDES: Record<Exclude<JurisdictionCode, 'INTL'>, string> = {
  US: 'united-states.mdx',
  EU: 'european-union.mdx',
  UK: 'united-kingdom.mdx',
  CA: 'canada.mdx',
  AU: 'australia.mdx',
  BR: 'brazil.mdx',
  IN: 'india.mdx',
  FR: 'france.mdx',
  DE: 'germany.mdx',
  IE: 'ireland.mdx',
  ZA: 'south-africa.mdx',
  SG: 'singapore.mdx',
  NZ: 'new-zealand.mdx',
};

/** Guides whose law routes a report through the routing tool (a duty in force with reach). The others add duties without reach (FR, DE, IE, SG, NZ) or are in flux (BR). */
const ROUTABLE = ['US', 'EU', 'UK', 'CA', 'AU', 'IN', 'ZA'];

const parser = createParser();
const pages = readdirSync(legalDir)
  .filter((entry) => entry.endsWith('.mdx'))
  .map((entry) => {
    const path = join(legalDir, entry);
    const text = readFileSync(path, 'utf8');
    const tree = parser.parse(text) as Root;
    return { name: relative(root, path), entry, text, tree, frontMatter: readFrontMatter(tree)?.data ?? {} };
  });

function elements(tree: Root): MdxJsxFlowElement[] {
  const found: MdxJsxFlowElement[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    found.push(node);
  });
  return found;
}

/** A JSX attribute as written: a string literal, or the source of an expression. */
function attribute(element: MdxJsxFlowElement, name: string): string | undefined {
  const found = element.attributes.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === name);
  if (!found || found.type !== 'mdxJsxAttribute') return undefined;
  return typeof found.value === 'string' ? found.value : (found.value?.value ?? undefined);
}

const quoted = (source: string) => [...source.matchAll(/'([^']+)'/g)].map((match) => match[1]!);

/** Every string in a record except URLs: the text a page may render. */
function strings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'url' || key === 'report_url' || key === 'website' ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([entryKey, entry]) => strings(entry, entryKey));
  return [];
}

/** Provisions cited in a text: "§ 2258A", "Art. 18", "s. 66", "ss. 2 to 5", "reg. 2". */
function provisions(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/§§?\s*(\d+[A-Za-z]?)/g)) found.add(`§${match[1]}`);
  for (const match of text.matchAll(/\b(?:Arts?\.|Articles?)\s+(\d+)((?:\s*(?:,|and|to|-)\s*\d+)*)/g)) {
    for (const number of numbers(match[1]! + match[2]!)) found.add(`Art.${number}`);
  }
  for (const match of text.matchAll(
    /\b(?:ss?\.|sections?|regs?\.)\s+(\d+(?:\.\d+)?)((?:\(\w+\))*(?:\s*(?:,|and|to|-)\s*\d+(?:\.\d+)?(?:\(\w+\))*)*)/g,
  )) {
    for (const number of numbers(match[1]! + match[2]!.replace(/\(\w+\)/g, ''))) found.add(`s.${number}`);
  }
  return [...found];
}

function numbers(list: string): string[] {
  const result: string[] = [];
  for (const part of list.split(/\s*(?:,|and)\s*/)) {
    const range = part.match(/^(\d+)\s*(?:to|-)\s*(\d+)$/);
    if (range) {
      for (let number = Number(range[1]); number <= Number(range[2]); number += 1) result.push(String(number));
    } else if (part.trim()) {
      result.push(part.trim().replace(/\.$/, ''));
    }
  }
  return result;
}

describe('legal data', () => {
  it('has unique ids in every file', () => {
    for (const records of [obligations, destinations, hotlines]) {
      const ids = records.map((record) => record.id);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    }
  });

  it('resolves every cross-reference', () => {
    const broken = [
      ...obligations.flatMap((obligation) => [
        ...(obligation.report_to && !destinationIds.has(obligation.report_to)
          ? [`${obligation.id}.report_to → ${obligation.report_to}`]
          : []),
        ...(obligation.alternatives ?? [])
          .filter((alternative) => !destinationIds.has(alternative.destination))
          .map((alternative) => `${obligation.id}.alternatives → ${alternative.destination}`),
      ]),
      ...destinations
        .filter((destination) => destination.refines && !destinationIds.has(destination.refines))
        .map((destination) => `${destination.id}.refines → ${destination.refines}`),
      ...hotlines
        .filter((hotline) => hotline.destination && !destinationIds.has(hotline.destination))
        .map((hotline) => `${hotline.id}.destination → ${hotline.destination}`),
      ...changes.flatMap((change) =>
        (change.obligations ?? [])
          .filter((id) => !obligationIds.has(id))
          .map((id) => `${change.title}.obligations → ${id}`),
      ),
    ];
    expect(broken).toEqual([]);
  });

  it('gives every destination a reporting duty sends reports to a sourced checklist of what makes a report actionable', () => {
    const reportedTo = new Set(
      obligations.flatMap((obligation) =>
        obligation.kind === 'report' && obligation.report_to ? [obligation.report_to] : [],
      ),
    );
    expect(reportedTo.size).toBeGreaterThanOrEqual(6);
    const problems = destinations.flatMap((destination) => {
      const checklist = destination.report_checklist;
      if (!checklist) return reportedTo.has(destination.id) ? [`${destination.id}: no report_checklist`] : [];
      const sourceUrls = new Set(destination.sources.map((source) => source.url));
      return [
        ...checklist.items
          .filter((item) => !sourceUrls.has(item.source.url))
          .map((item) => `${destination.id}: "${item.item}" cites ${item.source.url}, which is not among its sources`),
        ...(/\b\d{1,2} [A-Z][a-z]+ \d{4}\b/.test(checklist.not_confirmed)
          ? []
          : [`${destination.id}: not_confirmed gives no date`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('sources every duty and destination with at least one primary source', () => {
    const unsourced = [
      ...obligations
        .filter((obligation) => !obligation.citations.some((citation) => !citation.secondary))
        .map((obligation) => obligation.id),
      ...destinations
        .filter((destination) => !destination.sources.some((source) => !source.secondary))
        .map((destination) => destination.id),
      ...hotlines
        .filter((hotline) => !hotline.sources.some((source) => !source.secondary))
        .map((hotline) => hotline.id),
    ];
    expect(unsourced).toEqual([]);
  });

  it('calls a change confirmed only when a primary source supports it', () => {
    const wrong = changes
      .filter((change) => change.certainty === 'confirmed' && change.sources.every((source) => source.secondary))
      .map((change) => change.title);
    expect(wrong).toEqual([]);
  });

  it('covers each jurisdiction with a reporting duty the routing tool can follow', () => {
    const routable = (code: string) =>
      obligations.some(
        (obligation) =>
          obligation.jurisdiction === code &&
          obligation.status === 'in_force' &&
          obligation.reach &&
          obligation.report_to,
      );
    expect(ROUTABLE.filter((code) => !routable(code))).toEqual([]);
  });

  it('routes a report for a company established in each jurisdiction', () => {
    const places: Record<string, string> = { US: 'US', EU: 'DE', UK: 'GB', CA: 'CA', AU: 'AU' };
    const missing = Object.entries(places).filter(([, code]) => {
      const result = routeReports(
        { established: [code], users: [code], hosted: [code] },
        { obligations, destinations, hotlines },
      );
      return !result.routes.some((route) => route.tier === 'must');
    });
    expect(missing).toEqual([]);
  });

  it('lists at least 25 national hotlines, each with its own reporting page', () => {
    expect(hotlines.length).toBeGreaterThanOrEqual(25);
    const urls = hotlines.map((hotline) => hotline.report_url);
    expect(urls.filter((url, index) => urls.indexOf(url) !== index)).toEqual([]);
  });

  it('lists at least 25 hotlines whose INHOPE membership is confirmed by a primary source', () => {
    const members = hotlines.filter((hotline) => hotline.inhope_member === true);
    expect(
      members.filter((hotline) => !hotline.sources.some((source) => !source.secondary)).map((hotline) => hotline.id),
    ).toEqual([]);
    expect(members.length).toBeGreaterThanOrEqual(25);
  });

  it('uses the terms the kit avoids only inside double-quoted quotations', () => {
    const offending: string[] = [];
    for (const [file, records] of Object.entries({ obligations, destinations, hotlines, changes })) {
      for (const text of strings(records)) {
        const unquoted = text.replace(/"[^"]*"|“[^”]*”/g, '');
        for (const hit of findTerms(unquoted)) offending.push(`${file}: "${hit.found}" in ${text.slice(0, 60)}`);
      }
    }
    expect(offending).toEqual([]);
  });
});

describe('legal pages', () => {
  it('has a guide for each jurisdiction that renders its duties and changes from the data', () => {
    const problems: string[] = [];
    for (const [code, entry] of Object.entries(GUIDES)) {
      const page = pages.find((candidate) => candidate.entry === entry);
      if (!page) {
        problems.push(`${entry} is missing`);
        continue;
      }
      const jsx = elements(page.tree);
      const renders = (name: string, test: (element: MdxJsxFlowElement) => boolean) =>
        jsx.some((element) => element.name === name && test(element));
      if (!renders('ObligationsTable', (element) => attribute(element, 'jurisdiction') === code))
        problems.push(`${entry}: no <ObligationsTable jurisdiction="${code}">`);
      if (!renders('ObligationDetails', (element) => attribute(element, 'jurisdiction') === code))
        problems.push(`${entry}: no <ObligationDetails jurisdiction="${code}">`);
      if (!renders('RecentChanges', (element) => quoted(attribute(element, 'jurisdictions') ?? '').includes(code)))
        problems.push(`${entry}: no <RecentChanges> for ${code}`);
      if (page.frontMatter.page_type !== 'legal') problems.push(`${entry}: page_type is not legal`);
      if (!(page.frontMatter.jurisdictions as string[] | undefined)?.includes(code))
        problems.push(`${entry}: jurisdictions lack ${code}`);
    }
    expect(problems).toEqual([]);
  });

  it('refers only to duties and destinations that exist in the data', () => {
    const problems: string[] = [];
    for (const page of pages) {
      for (const element of elements(page.tree)) {
        const ids = quoted(attribute(element, 'ids') ?? '');
        const known = element.name === 'DestinationCards' ? destinationIds : obligationIds;
        for (const id of ids)
          if (!known.has(id)) problems.push(`${page.name}: <${element.name}> names unknown id ${id}`);
      }
      for (const match of page.text.matchAll(/from '\.\/_data\/([^']+)'|from "\.\/_data\/([^"]+)"/g)) {
        const file = match[1] ?? match[2];
        if (
          ![
            'obligations.yaml',
            'destinations.yaml',
            'hotlines.yaml',
            'law-changes.yaml',
            'jurisdictions.yaml',
          ].includes(file!)
        )
          problems.push(`${page.name}: imports unknown data ${file}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("cites no provision that is not in the data or the page's own sources", () => {
    const problems: string[] = [];
    for (const page of pages) {
      const jurisdictions = (page.frontMatter.jurisdictions as string[] | undefined) ?? [];
      const haystack = new Set(
        provisions(
          [
            ...strings(obligations.filter((obligation) => jurisdictions.includes(obligation.jurisdiction))),
            ...strings(destinations),
            ...strings(changes),
            ...strings(page.frontMatter.sources ?? []),
          ].join('\n'),
        ),
      );
      const cited = new Set<string>();
      visit(page.tree, 'text', (node: Text) => provisions(node.value).forEach((provision) => cited.add(provision)));
      for (const provision of cited) if (!haystack.has(provision)) problems.push(`${page.name}: ${provision}`);
    }
    expect(problems).toEqual([]);
  });

  it('detects provisions in the forms the pages use', () => {
    expect(
      provisions(
        '(§ 2258A(a)), 18 U.S.C. §§ 2510 and Art. 18(2), Articles 3 to 5, ss. 2 to 4, s. 474.25, reg. 1(2), section 66.',
      ),
    ).toEqual(['§2258A', '§2510', 'Art.18', 'Art.3', 'Art.4', 'Art.5', 's.2', 's.3', 's.4', 's.474.25', 's.1', 's.66']);
  });
});
