/**
 * Exports in the browser: fill a template (or all of them) from the profile and hand the reader
 * a file. Loaded only by a click on a download button (`await import(...)`), so template pages
 * ship none of this, nor the Markdown and Word libraries it pulls in.
 */
import type { ProfileValues } from '@site/src/lib/profile';
import type { DocumentLanguage, Provenance } from '@site/src/lib/templates/control';
import { fileName, packZip, renderTemplate, type ExportFormat } from '@site/src/lib/templates/render';
import { packReadme } from '@site/src/lib/templates/pack-readme';
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
  const readme = packReadme(
    {
      documents,
      platform,
      provenance,
      crosswalk: Boolean(extra['crosswalk.csv']),
      records: Boolean(extra['audit-checklist.md']),
    },
    lang,
  );
  const zip = packZip(rendered, readme, extra);
  return {
    blob: new Blob([zip as BlobPart], { type: 'application/zip' }),
    name: 'policy-pack.zip',
    unresolved: [...new Set(rendered.flatMap((item) => item.unresolved))],
    count: documents.length,
  };
}

export { save } from './save';
