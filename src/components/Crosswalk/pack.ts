/**
 * The crosswalk files of the policy pack (crosswalk.csv and crosswalk.md), for the reader's
 * profile, or for every platform without one. Loaded when the reader downloads the pack.
 */
import { crosswalkAsOf, crosswalkCsv, crosswalkMarkdown, crosswalkRows, requirementApplies, targetIndex, type TargetSource } from '@site/src/lib/crosswalk';
import type { ProfileValues } from '@site/src/lib/profile';
import type { Requirement } from '@site/src/schema/requirements';

export async function packCrosswalk(
  requirements: readonly Requirement[],
  version: { version: string; label: string },
  values: ProfileValues | undefined,
  platform: string | undefined,
  packTemplates: readonly string[],
): Promise<Record<string, string>> {
  const module = (await import('@generated/child-safety-kit-templates/default/crosswalk-targets.json')) as { default: Record<string, TargetSource> };
  const source = module.default[version.version] ?? { templates: [], flows: [] };
  const chosen = values ? requirements.filter((requirement) => requirementApplies(requirement, values)) : requirements;
  const rows = crosswalkRows(chosen, targetIndex(source));
  const meta = { release: version.label, asOf: crosswalkAsOf(requirements), platform, packTemplates };
  return { 'crosswalk.csv': crosswalkCsv(rows, meta), 'crosswalk.md': crosswalkMarkdown(rows, meta) };
}
