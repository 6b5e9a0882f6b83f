/**
 * Read the data "what applies to you" needs from a docs folder (the kit's own, or a released
 * version's), each file checked by its schema. Node only: the CLI and the tests use it; the site
 * page imports the same files by relative path instead.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ApplicabilityData } from '../../schema/applicability';
import type { Obligation } from '../../schema/obligations';
import type { TemplateEntry } from '../../schema/templates-data';
import type { Threat } from '../../schema/threats';
import type { VariableRegistry } from '../../schema/variables-data';
import type { ApplicabilityInputs } from '../applicability';
import type { CoverageInputs } from '../coverage';
import { formatDataProblem, validateDataText } from './data';

export class ApplicabilityDataError extends Error {}

function read<T>(docs: string, path: string, cwd: string): T {
  const file = join(docs, path);
  const name = relative(cwd, file) || file;
  if (!existsSync(file)) throw new ApplicabilityDataError(`Missing data file ${name}`);
  const result = validateDataText(readFileSync(file, 'utf8'), name);
  if (!result.ok) throw new ApplicabilityDataError(result.problems.map(formatDataProblem).join('\n'));
  return result.data as T;
}

/** Flow ids and titles, read from the flow files' own `id` and `title`. */
export function readFlows(docs: string, cwd: string): { id: string; title: string }[] {
  const dir = join(docs, 'flows', '_data');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.flow.yaml'))
    .sort()
    .map((name) => read<{ id: string; title: string }>(docs, join('flows', '_data', name), cwd))
    .map((flow) => ({ id: flow.id, title: flow.title }));
}

export function loadApplicabilityInputs(docs: string, cwd = process.cwd()): ApplicabilityInputs {
  return {
    obligations: read<Obligation[]>(docs, 'legal/_data/obligations.yaml', cwd),
    destinations: read<ApplicabilityInputs['destinations'][number][]>(docs, 'legal/_data/destinations.yaml', cwd),
    templates: read<TemplateEntry[]>(docs, 'policies/_data/templates.yaml', cwd),
    threats: read<Threat[]>(docs, 'threats/_data/threats.yaml', cwd),
    programmes: read<ApplicabilityInputs['programmes'][number][]>(docs, 'hash-sharing/_data/programmes.yaml', cwd),
    rules: read<ApplicabilityData>(docs, 'threats/_data/applicability.yaml', cwd),
    registry: read<VariableRegistry>(docs, 'policies/_data/variables.yaml', cwd),
  };
}

/** Every page of a docs folder as a path without extension: `flows/triage`. */
export function docPages(docs: string): Set<string> {
  const pages = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('_')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.mdx?$/.test(entry.name))
        pages.add(
          relative(docs, path)
            .replace(/\.mdx?$/, '')
            .split('\\')
            .join('/'),
        );
    }
  };
  walk(docs);
  return pages;
}

/** The jurisdictions with a guide and the hotline directory, for the places the kit has no guide for (src/lib/coverage.ts). */
export function loadCoverageInputs(docs: string, cwd = process.cwd()): CoverageInputs {
  return {
    guides: read<CoverageInputs['guides'][number][]>(docs, 'legal/_data/jurisdictions.yaml', cwd),
    hotlines: read<CoverageInputs['hotlines'][number][]>(docs, 'legal/_data/hotlines.yaml', cwd),
  };
}
