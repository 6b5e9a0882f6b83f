/**
 * Which schema checks which data file. A data file lives in a `_data/` folder beside the docs that
 * show it and is named after its kind; a file with no kind here is an error, so nothing unchecked ships.
 */
import type { z } from 'zod';
import { applicabilityDataSchema } from './applicability';
import { destinationsDataSchema } from './destinations';
import { flowSchema } from './flow';
import { hotlinesDataSchema } from './hotlines';
import { jurisdictionsDataSchema } from './jurisdictions-data';
import { lawChangesDataSchema } from './law-changes';
import { obligationsDataSchema } from './obligations';
import { programmesDataSchema } from './programmes';
import { supportServicesDataSchema } from './support-services';
import { recordsDataSchema } from './records';
import { requirementsDataSchema } from './requirements';
import { templatesDataSchema } from './templates-data';
import { threatsDataSchema } from './threats';
import { variablesDataSchema } from './variables-data';

/** Kinds with one file each, keyed by the file name. */
export const DATA_KINDS: Record<string, z.ZodType> = {
  'jurisdictions.yaml': jurisdictionsDataSchema,
  'programmes.yaml': programmesDataSchema,
  'variables.yaml': variablesDataSchema,
  'templates.yaml': templatesDataSchema,
  'obligations.yaml': obligationsDataSchema,
  'destinations.yaml': destinationsDataSchema,
  'hotlines.yaml': hotlinesDataSchema,
  'law-changes.yaml': lawChangesDataSchema,
  'threats.yaml': threatsDataSchema,
  'applicability.yaml': applicabilityDataSchema,
  'support-services.yaml': supportServicesDataSchema,
  'requirements.yaml': requirementsDataSchema,
  'records.yaml': recordsDataSchema,
};

/** Kinds with many files, keyed by how the file name ends: `confirmed-csam.flow.yaml` is a flow. */
export const DATA_KIND_SUFFIXES: Record<string, z.ZodType> = {
  '.flow.yaml': flowSchema,
};

/** The schema for a data file named `fileName` (no folder), or undefined when it has no kind. */
export function dataKindFor(fileName: string): z.ZodType | undefined {
  if (Object.hasOwn(DATA_KINDS, fileName)) return DATA_KINDS[fileName];
  const suffix = Object.keys(DATA_KIND_SUFFIXES).find((end) => fileName.endsWith(end) && fileName.length > end.length);
  return suffix === undefined ? undefined : DATA_KIND_SUFFIXES[suffix];
}

/** Every accepted name, for the message about a file with no kind: `jurisdictions.yaml, *.flow.yaml`. */
export function dataKindNames(): string[] {
  return [...Object.keys(DATA_KINDS), ...Object.keys(DATA_KIND_SUFFIXES).map((suffix) => `*${suffix}`)];
}

export const DATA_KINDS_FILE = 'src/schema/data-kinds.ts';
