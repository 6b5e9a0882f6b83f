/**
 * Exports in the browser: fill a template (or all of them) from the profile and hand the reader
 * a file. Loaded only by a click on a download button (`await import(...)`), so template pages
 * ship none of this, nor the Markdown and Word libraries it pulls in.
 */
import type { ProfileValues } from '@site/src/lib/profile';
import type { DocumentLanguage, Provenance } from '@site/src/lib/templates/control';
import { fileName, packZip, renderTemplate, type ExportFormat } from '@site/src/lib/templates/render';
import { loadTemplate } from './load';

const TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface ExportedFile {
  blob: Blob;
  name: string;
  unresolved: string[];
}

export async function exportTemplate(
  key: string,
  values: ProfileValues,
  format: ExportFormat,
  provenance: Provenance,
  lang: DocumentLanguage = 'en',
): Promise<ExportedFile> {
  const document = await loadTemplate(key);
  const rendered = await renderTemplate(document, values, [format], provenance, { lang });
  const data = format === 'md' ? rendered.markdown! : rendered.docx!;
  return {
    blob: new Blob([data as BlobPart], { type: TYPES[format] }),
    name: fileName(document.id, format),
    unresolved: rendered.unresolved,
  };
}

/** A zip of every template given (by key), in Markdown and Word, with a README listing them. */
export async function exportPack(
  keys: readonly string[],
  values: ProfileValues,
  platform: string | undefined,
  provenance: Provenance,
  extra: Readonly<Record<string, string | Uint8Array>> = {},
  lang: DocumentLanguage = 'en',
): Promise<ExportedFile & { count: number }> {
  const documents = await Promise.all(keys.map((key) => loadTemplate(key)));
  const rendered = await Promise.all(
    documents.map((document) => renderTemplate(document, values, ['md', 'docx'], provenance, { lang })),
  );
  const lines = [
    '# Policy pack',
    '',
    platform
      ? 'Filled in from your platform profile with Child Safety Kit.'
      : 'From Child Safety Kit, with placeholders in [brackets] where your details go.',
    'The templates are dedicated to the public domain (CC0 1.0): adapt and publish them freely.',
    `Generated with Child Safety Kit ${provenance.kitVersion}, release ${provenance.release}, on ${provenance.generated}.`,
    '',
    ...documents.map(
      (document) =>
        `- ${document.title}: markdown/${fileName(document.id, 'md')}, word/${fileName(document.id, 'docx')}`,
    ),
    ...(extra['crosswalk.csv']
      ? ['- Crosswalk of requirements and the clauses that meet them: crosswalk.csv, crosswalk.md']
      : []),
    ...(extra['audit-checklist.md']
      ? [
          '- Record templates (logs) to fill as you work: records/ (CSV with a header row, and Word tables); the audit checklist: audit-checklist.md',
        ]
      : []),
    '',
  ];
  const zip = packZip(rendered, lines.join('\n'), extra);
  return {
    blob: new Blob([zip as BlobPart], { type: 'application/zip' }),
    name: 'policy-pack.zip',
    unresolved: [...new Set(rendered.flatMap((item) => item.unresolved))],
    count: documents.length,
  };
}

export { save } from './save';
