/**
 * Every data kind of a release as a published JSON file (`/data/<release>/<kind>.json`), each
 * stamped with the release, the kit version and the date its facts are as of, and a JSON Schema
 * per kind generated from the zod schema that checks the YAML (never written by hand). Pure: the
 * build plugin (`src/plugins/kit-data-export.ts`) reads the files and writes the output.
 */
import * as z from 'zod';
import { DATA_KIND_SUFFIXES, DATA_KINDS } from '../schema/data-kinds';

/** The public name of each kind: the file name without `.yaml`; every `*.flow.yaml` is one `flows` file. */
export const EXPORT_KINDS: readonly string[] = [
  ...Object.keys(DATA_KINDS).map((name) => name.replace(/\.yaml$/, '')),
  'flows',
];

/** The kind a data file belongs to, by its file name, or undefined for a file with no kind. */
export function exportKindOf(fileName: string): string | undefined {
  if (Object.hasOwn(DATA_KINDS, fileName)) return fileName.replace(/\.yaml$/, '');
  if (fileName.endsWith('.flow.yaml') && fileName.length > '.flow.yaml'.length) return 'flows';
  return undefined;
}

/** The zod schema of what a kind's `data` holds: the file's schema, or a list of flows. */
function dataSchemaOf(kind: string): z.ZodType {
  if (kind === 'flows') return z.array(DATA_KIND_SUFFIXES['.flow.yaml']!);
  const schema = DATA_KINDS[`${kind}.yaml`];
  if (!schema) throw new Error(`No data kind "${kind}"; expected one of ${EXPORT_KINDS.join(', ')}`);
  return schema;
}

export interface ExportStamp {
  /** The release name, such as 2026.12, or next. */
  release: string;
  kitVersion: string;
  /** The date the release's facts are as of: the newest date a source was checked. */
  asOf: string;
}

/** What a published file says it covers and what it does not, so a reader never guesses. */
export function coverage(kind: string, release: string): string {
  return `Every ${kind} record of release ${release} of Child Safety Kit, checked against ${kind}.schema.json. It does not cover later releases, changes in the law after the as_of date, or your own adapted copies. Not legal advice.`;
}

/** The published file of one kind: the stamp and the data. */
export function exportedFile(kind: string, data: unknown, stamp: ExportStamp) {
  return {
    $schema: `../schema/${kind}.schema.json`,
    kind,
    release: stamp.release,
    kit_version: stamp.kitVersion,
    as_of: stamp.asOf,
    covers: coverage(kind, stamp.release),
    data,
  };
}

/** The JSON Schema (draft 2020-12) of a published file of `kind`, generated from its zod schema. */
export function exportSchema(kind: string): Record<string, unknown> {
  const envelope = z.strictObject({
    $schema: z.string(),
    kind: z.literal(kind),
    release: z.string().regex(/^(\d{4}\.\d{2}(\.\d+)?|next)$/),
    kit_version: z.string().min(1),
    as_of: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    covers: z.string().min(1),
    data: dataSchemaOf(kind),
  });
  return {
    ...z.toJSONSchema(envelope, { io: 'output', unrepresentable: 'any' }),
    $id: `${kind}.schema.json`,
    title: `Child Safety Kit: ${kind}`,
    description: `A release's ${kind} data as published at /data/<release>/${kind}.json. Generated from the zod schema in src/schema/.`,
  };
}

/** The newest `accessed` date anywhere in the data: what the release's facts are as of. */
export function newestAccessed(values: readonly unknown[]): string | undefined {
  let newest: string | undefined;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'accessed' && typeof inner === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(inner))
          newest = !newest || inner > newest ? inner : newest;
        else visit(inner);
      }
    }
  };
  values.forEach(visit);
  return newest;
}

/** The data-export plugin's global data: which pages show which kinds, for their JSON links. */
export interface DataExportGlobal {
  /** Docusaurus version name (`current` for next) → release name in the URLs. */
  releases: Record<string, string>;
  pages: Record<string, Record<string, string[]>>;
}

export interface ReleaseData {
  release: string;
  newest: boolean;
  /** Each data file of the release, validated: its file name and parsed data. */
  files: readonly { name: string; data: unknown }[];
}

/** Every kind of one release as published files, keyed by kind, in EXPORT_KINDS order. */
export function exportRelease(input: ReleaseData, kitVersion: string): Map<string, ReturnType<typeof exportedFile>> {
  const byKind = new Map<string, unknown[]>();
  for (const file of input.files) {
    const kind = exportKindOf(file.name);
    if (!kind) throw new Error(`${file.name}: no data kind; expected one of ${EXPORT_KINDS.join(', ')}`);
    byKind.set(kind, [...(byKind.get(kind) ?? []), file.data]);
  }
  const asOf = newestAccessed(input.files.map((file) => file.data));
  if (!asOf)
    throw new Error(
      `Release ${input.release}: no source in its data has an accessed date, so it cannot say what it is as of`,
    );
  const files = new Map<string, ReturnType<typeof exportedFile>>();
  for (const kind of EXPORT_KINDS) {
    const found = byKind.get(kind);
    if (!found) continue;
    files.set(
      kind,
      exportedFile(kind, kind === 'flows' ? found : found[0], { release: input.release, kitVersion, asOf }),
    );
  }
  return files;
}

/** `/data/index.json`: every release, newest first, with the URL of each kind and of each schema. */
export function dataIndex(
  releases: readonly { release: string; newest: boolean; asOf: string; kinds: readonly string[] }[],
  kitVersion: string,
) {
  return {
    kit_version: kitVersion,
    covers:
      'Every data kind of every release of Child Safety Kit built into this site, and the JSON Schema of each kind. Releases not built into this site are not listed. Not legal advice.',
    schemas: Object.fromEntries(EXPORT_KINDS.map((kind) => [kind, `/data/schema/${kind}.schema.json`])),
    releases: releases.map((entry) => ({
      release: entry.release,
      newest: entry.newest,
      as_of: entry.asOf,
      files: Object.fromEntries(entry.kinds.map((kind) => [kind, `/data/${entry.release}/${kind}.json`])),
    })),
  };
}
