/**
 * The index that `src/plugins/kit-templates.ts` generates. Callers cast it to `TemplateIndex`
 * (src/services/TemplateExport/types.ts); an ambient module cannot import our types.
 */
declare module '@generated/child-safety-kit-templates/default/index.js';

/** Per version, the clauses and flow steps the crosswalk page links to (a `TargetSource` each). */
declare module '@generated/child-safety-kit-templates/default/crosswalk-targets.json';
