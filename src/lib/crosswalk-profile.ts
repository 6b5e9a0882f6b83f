/**
 * The crosswalk for one platform: the requirements that apply to it, with the clauses of its own
 * pack marked. Shared by `child-safety-kit crosswalk`, `generate` and the site's pack download.
 */
import type { Requirement } from '../schema/requirements';
import type { TemplateEntry } from '../schema/templates-data';
import type { VariableRegistry } from '../schema/variables-data';
import {
  crosswalkAsOf,
  crosswalkRows,
  formatCrosswalk,
  requirementApplies,
  type CrosswalkFormat,
  type Target,
} from './crosswalk';
import type { ProfileValues } from './profile';
import { applicability } from './templates/applicability';

export interface ProfileCrosswalkInputs {
  requirements: readonly Requirement[];
  index: ReadonlyMap<string, Target>;
  templates: readonly TemplateEntry[];
  registry: VariableRegistry;
}

export function profileCrosswalk(
  inputs: ProfileCrosswalkInputs,
  values: ProfileValues,
  meta: { release: string; platform: string; lang?: 'en' | 'fr' },
  format: CrosswalkFormat,
): string {
  const requirements = inputs.requirements.filter((requirement) => requirementApplies(requirement, values));
  const packTemplates = inputs.templates
    .filter((entry) => applicability(entry.applies_when, values, inputs.registry).applies)
    .map((entry) => entry.id);
  return formatCrosswalk(
    crosswalkRows(requirements, inputs.index),
    { ...meta, asOf: crosswalkAsOf(inputs.requirements), packTemplates },
    format,
  );
}
