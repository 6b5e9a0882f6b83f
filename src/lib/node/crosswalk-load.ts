/**
 * Read what the crosswalk needs from a docs folder (the kit's own, or a released version's): the
 * requirements, the clauses of the policy templates and the steps of the flows, each file checked
 * by its schema. Node only: the CLI and the tests use it; the site reads the same files at build time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Flow } from '../../schema/flow';
import type { RecordsData } from '../../schema/records';
import type { Requirement } from '../../schema/requirements';
import { targetIndex, type Target, type TargetSource } from '../crosswalk';
import { formatDataProblem } from './data';
import { validateDataTextCached } from './cache';
import { loadTemplateSet, type TemplateSet } from '../templates/load';
import { templateClauses } from '../templates/tree';

export class CrosswalkDataError extends Error {}

export const REQUIREMENTS_FILE = join('policies', '_data', 'requirements.yaml');
export const RECORDS_FILE = join('policies', '_data', 'records.yaml');

/** The record templates (logs) and the audit checklist. */
export function loadRecords(docs: string, cwd = process.cwd()): RecordsData {
  return read<RecordsData>(join(docs, RECORDS_FILE), cwd);
}

function read<T>(file: string, cwd: string): T {
  const name = relative(cwd, file) || file;
  if (!existsSync(file)) throw new CrosswalkDataError(`Missing data file ${name}`);
  const result = validateDataTextCached(readFileSync(file, 'utf8'), name);
  if (!result.ok) throw new CrosswalkDataError(result.problems.map(formatDataProblem).join('\n'));
  return result.data as T;
}

/** The clauses of every template and the steps of every flow, as the crosswalk points at them. */
export function targetSource(set: TemplateSet, flows: readonly Pick<Flow, 'id' | 'title' | 'nodes'>[]): TargetSource {
  return {
    templates: set.templates.map((template) => ({
      id: template.entry.id,
      title: template.document.title,
      clauses: templateClauses(template.document.body),
    })),
    flows: flows.map((flow) => ({
      id: flow.id,
      title: flow.title,
      nodes: flow.nodes.map((node) => ({ id: node.id, label: node.label })),
    })),
  };
}

export interface CrosswalkInputs {
  requirements: Requirement[];
  set: TemplateSet;
  source: TargetSource;
  index: Map<string, Target>;
}

/** `set`: the parsed templates of `docs/policies`, when the caller has them (the CLI's cache). */
export function loadCrosswalkInputs(
  docs: string,
  cwd = process.cwd(),
  set: TemplateSet = loadTemplateSet(join(docs, 'policies'), cwd),
): CrosswalkInputs {
  const requirements = read<Requirement[]>(join(docs, REQUIREMENTS_FILE), cwd);
  const flowDir = join(docs, 'flows', '_data');
  const flows = existsSync(flowDir)
    ? readdirSync(flowDir)
        .filter((name) => name.endsWith('.flow.yaml'))
        .sort()
        .map((name) => read<Flow>(join(flowDir, name), cwd))
    : [];
  const source = targetSource(set, flows);
  return { requirements, set, source, index: targetIndex(source) };
}
