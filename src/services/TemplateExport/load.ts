/**
 * Load a parsed template tree made at build time (src/plugins/kit-templates.ts), by version and
 * doc id. Light: the index is a list of loaders, and each tree is a JSON chunk fetched on demand.
 */
import type { TemplateDocument } from '@site/src/lib/templates/tree';

export type TemplateIndex = Record<string, () => Promise<{ default: TemplateDocument }>>;

export const templateKey = (version: string, docId: string) => `${version}/${docId}`;

export async function templateIndex(): Promise<TemplateIndex> {
  const module = (await import('@generated/child-safety-kit-templates/default/index.js')) as {
    templates: TemplateIndex;
  };
  return module.templates;
}

export async function loadTemplate(key: string): Promise<TemplateDocument> {
  const loader = (await templateIndex())[key];
  if (!loader) throw new Error(`No downloadable text for ${key}`);
  return (await loader()).default;
}
