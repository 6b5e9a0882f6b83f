/**
 * One template, filled from one profile, in the formats asked for. The site's downloads, the
 * policy pack and the CLI all call this, so they can never disagree. Word support is imported
 * only when a .docx is asked for, because it is the heaviest part.
 */
import { zipSync, strToU8 } from 'fflate';
import type { ProfileValues } from '../profile';
import { documentControl, stampOf, type DocumentLanguage, type Provenance } from './control';
import { toMarkdown } from './markdown';
import { resolveTemplate } from './resolve';
import type { TemplateDocument } from './tree';

export type ExportFormat = 'md' | 'docx';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'docx'];

export interface RenderedTemplate {
  id: string;
  markdown?: string;
  docx?: Uint8Array;
  unresolved: string[];
  undecided: string[];
}

export interface RenderOptions {
  /** Word only: the styles.xml of a reference document, whose styles replace the house style. */
  referenceStyles?: string;
  /** The language of the template, and so of the document's own wording around it; English by default. */
  lang?: DocumentLanguage;
}

/**
 * Render one template. `provenance` says where it comes from (kit version, release, day), so
 * every file is stamped with it; the CLI passes its `--release`, the site the page's version.
 */
export async function renderTemplate(
  document: TemplateDocument,
  values: ProfileValues,
  formats: readonly ExportFormat[],
  provenance: Provenance,
  options: RenderOptions = {},
): Promise<RenderedTemplate> {
  const lang = options.lang ?? 'en';
  const { tree, unresolved, undecided } = resolveTemplate(document.body, values, lang);
  const rendered: RenderedTemplate = { id: document.id, unresolved, undecided };
  const control = documentControl(document, values, provenance, lang);
  const stamp = stampOf(document, provenance);
  if (formats.includes('md')) rendered.markdown = toMarkdown(tree, document.title, { stamp, control, lang });
  if (formats.includes('docx')) {
    const { toDocx } = await import('./docx');
    rendered.docx = await toDocx(tree, {
      title: document.title,
      description: document.description,
      stamp,
      control,
      toc: document.kind === 'procedure' || document.kind === 'playbook',
      ...(options.referenceStyles !== undefined ? { referenceStyles: options.referenceStyles } : {}),
      lang,
    });
  }
  return rendered;
}

/** File name of one output: the template's id, never anything from the profile. */
export const fileName = (id: string, format: ExportFormat) => `${id}.${format}`;

/**
 * A zip of rendered templates: markdown/<id>.md and word/<id>.docx, plus a short README and any
 * `extra` text files at the top (the crosswalk).
 */
export function packZip(
  rendered: readonly RenderedTemplate[],
  readme: string,
  extra: Readonly<Record<string, string | Uint8Array>> = {},
): Uint8Array {
  // Word files are zips already: store them as they are rather than compress them twice.
  const files: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = { 'README.md': strToU8(readme) };
  for (const [name, data] of Object.entries(extra))
    files[name] = typeof data === 'string' ? strToU8(data) : [data, { level: 0 }];
  for (const item of rendered) {
    if (item.markdown !== undefined) files[`markdown/${fileName(item.id, 'md')}`] = strToU8(item.markdown);
    if (item.docx !== undefined) files[`word/${fileName(item.id, 'docx')}`] = [item.docx, { level: 0 }];
  }
  return zipSync(files, { level: 6 });
}
