/**
 * The extra files of the policy pack: the crosswalk (crosswalk.csv and crosswalk.md) for the
 * reader's profile, or for every platform without one; and the records pack (records/<log>.csv
 * and .docx, audit-checklist.md). Loaded when the reader downloads the pack. On the French site
 * (`lang` fr) their fixed headings and sentences are French, as `generate --lang fr` writes them.
 */
import {
  crosswalkAsOf,
  crosswalkCsv,
  crosswalkMarkdown,
  crosswalkRows,
  requirementApplies,
  targetIndex,
  type TargetSource,
} from '@site/src/lib/crosswalk';
import type { ProfileValues } from '@site/src/lib/profile';
import { auditChecklistMarkdown, recordCsv, recordFileName } from '@site/src/lib/records';
import type { RecordsData } from '@site/src/schema/records';
import type { Requirement } from '@site/src/schema/requirements';

export async function packCrosswalk(
  requirements: readonly Requirement[],
  version: { version: string; label: string },
  values: ProfileValues | undefined,
  platform: string | undefined,
  packTemplates: readonly string[],
  lang: 'en' | 'fr' = 'en',
): Promise<Record<string, string>> {
  const module = (await import('@generated/child-safety-kit-templates/default/crosswalk-targets.json')) as {
    default: Record<string, TargetSource>;
  };
  const source = module.default[version.version] ?? { templates: [], flows: [] };
  const chosen = values ? requirements.filter((requirement) => requirementApplies(requirement, values)) : requirements;
  const rows = crosswalkRows(chosen, targetIndex(source));
  const meta = { release: version.label, asOf: crosswalkAsOf(requirements), platform, packTemplates, lang };
  return { 'crosswalk.csv': crosswalkCsv(rows, meta), 'crosswalk.md': crosswalkMarkdown(rows, meta) };
}

export async function packRecords(
  records: RecordsData,
  version: { version: string; label: string },
  platform: string | undefined,
  lang: 'en' | 'fr' = 'en',
): Promise<Record<string, string | Uint8Array>> {
  const module = (await import('@generated/child-safety-kit-templates/default/crosswalk-targets.json')) as {
    default: Record<string, TargetSource>;
  };
  const index = targetIndex(module.default[version.version] ?? { templates: [], flows: [] });
  const { recordDocx } = await import('@site/src/lib/records-docx');
  const files: Record<string, string | Uint8Array> = {};
  for (const log of records.logs) {
    files[recordFileName(log, 'csv')] = recordCsv(log, lang);
    files[recordFileName(log, 'docx')] = await recordDocx(log, { release: version.label, platform, lang });
  }
  files['audit-checklist.md'] = auditChecklistMarkdown(records, {
    release: version.label,
    clauseTitle: (ref) => index.get(ref)?.title ?? ref,
    lang,
  });
  return files;
}
