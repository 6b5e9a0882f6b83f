/**
 * What changed between two releases: data records added, removed and changed field by field, and
 * template text by clause, each marked substantive (a duty, a deadline, a destination, a promise in
 * a template) or editorial. Pure: the build plugin (src/plugins/what-changed.ts) reads both
 * releases and hands their data and template pages in.
 */

/** The kinds the page compares, in the order it shows them. */
export const DIFF_KINDS = ['obligations', 'destinations', 'hotlines', 'programmes', 'threats', 'flows'] as const;

/**
 * Fields whose change alone is editorial: wording, notes, titles and source bookkeeping. Any other
 * field is substantive, so a new field counts as substantive until someone decides otherwise.
 */
const EDITORIAL_FIELDS = new Set([
  'notes',
  'note',
  'sources',
  'citations',
  'title',
  'name',
  'summary',
  'why',
  'label',
  'pinpoint',
  'as_of',
  'accessed',
  'website',
  'organisation',
  'languages',
  'description',
]);

export interface FieldChange {
  /** Where in the record: `deadline`, `nodes[preserve].time_target`. */
  path: string;
  before?: unknown;
  after?: unknown;
  substantive: boolean;
}

export interface RecordChange {
  id: string;
  change: 'added' | 'removed' | 'changed';
  substantive: boolean;
  fields: FieldChange[];
}

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const keyOf = (value: Json): string | undefined =>
  isObject(value) ? ((value.id ?? value.code) as string | undefined) : undefined;
const same = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);

function fieldChanges(before: Json, after: Json, path: string, field: string, out: FieldChange[]): void {
  if (same(before, after)) return;
  const substantive = !EDITORIAL_FIELDS.has(field);
  if (isObject(before) && isObject(after)) {
    for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])]) {
      fieldChanges(
        before[key],
        after[key],
        path ? `${path}.${key}` : key,
        EDITORIAL_FIELDS.has(field) ? field : key,
        out,
      );
    }
    return;
  }
  if (
    Array.isArray(before) &&
    Array.isArray(after) &&
    [...before, ...after].every((item) => keyOf(item) !== undefined)
  ) {
    const old = new Map(before.map((item) => [keyOf(item)!, item]));
    const next = new Map(after.map((item) => [keyOf(item)!, item]));
    for (const key of [...new Set([...old.keys(), ...next.keys()])]) {
      fieldChanges(old.get(key), next.get(key), `${path}[${key}]`, EDITORIAL_FIELDS.has(field) ? field : key, out);
    }
    return;
  }
  out.push({
    path,
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
    substantive,
  });
}

/** Records of one kind, matched by `id` (or `code`), in the newer release's order then removed ones. */
export function diffRecords(before: readonly Json[], after: readonly Json[]): RecordChange[] {
  const old = new Map(before.map((record) => [keyOf(record) ?? JSON.stringify(record), record]));
  const next = new Map(after.map((record) => [keyOf(record) ?? JSON.stringify(record), record]));
  const changes: RecordChange[] = [];
  for (const [id, record] of next) {
    const previous = old.get(id);
    if (previous === undefined) {
      changes.push({ id, change: 'added', substantive: true, fields: [] });
      continue;
    }
    const fields: FieldChange[] = [];
    fieldChanges(previous, record, '', '', fields);
    if (fields.length > 0)
      changes.push({ id, change: 'changed', substantive: fields.some((field) => field.substantive), fields });
  }
  for (const id of old.keys())
    if (!next.has(id)) changes.push({ id, change: 'removed', substantive: true, fields: [] });
  return changes;
}

export interface ClauseChange {
  /** The clause's heading, or "(opening text)" for the text before the first heading. */
  clause: string;
  change: 'added' | 'removed' | 'changed';
  /** Wording that changes words (not only spacing, case or punctuation) changes a promise. */
  substantive: boolean;
  before?: string;
  after?: string;
}

/** A template body as clauses: the text under each heading, keyed by the heading's text. */
export function clauses(body: string): Map<string, string> {
  const result = new Map<string, string>();
  let heading = '(opening text)';
  let lines: string[] = [];
  const flush = () => {
    const text = lines.join('\n').trim();
    if (text || heading !== '(opening text)') result.set(heading, text);
  };
  for (const line of body.split('\n')) {
    const match = /^#{2,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (match) {
      flush();
      heading = match[1]!;
      lines = [];
    } else lines.push(line);
  }
  flush();
  return result;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');

export function diffClauses(before: string, after: string): ClauseChange[] {
  const old = clauses(before);
  const next = clauses(after);
  const changes: ClauseChange[] = [];
  for (const [clause, text] of next) {
    const previous = old.get(clause);
    if (previous === undefined) changes.push({ clause, change: 'added', substantive: true, after: text });
    else if (previous !== text)
      changes.push({
        clause,
        change: 'changed',
        substantive: words(previous) !== words(text),
        before: previous,
        after: text,
      });
  }
  for (const [clause, text] of old)
    if (!next.has(clause)) changes.push({ clause, change: 'removed', substantive: true, before: text });
  return changes;
}

export interface ReleaseSnapshot {
  release: string;
  /** Each kind's records: the file's list, or every flow. */
  data: Partial<Record<(typeof DIFF_KINDS)[number], readonly Json[]>>;
  /** Template pages by id: their title and body. */
  templates: Record<string, { title: string; body: string }>;
}

export interface ReleaseDiff {
  from: string;
  to: string;
  kinds: { kind: string; records: RecordChange[] }[];
  templates: {
    id: string;
    title: string;
    change: 'added' | 'removed' | 'changed';
    substantive: boolean;
    clauses: ClauseChange[];
  }[];
  substantive: number;
  editorial: number;
}

export function diffReleases(from: ReleaseSnapshot, to: ReleaseSnapshot): ReleaseDiff {
  const kinds = DIFF_KINDS.map((kind) => ({ kind, records: diffRecords(from.data[kind] ?? [], to.data[kind] ?? []) }));
  const templates: ReleaseDiff['templates'] = [];
  for (const [id, page] of Object.entries(to.templates)) {
    const previous = from.templates[id];
    if (!previous) templates.push({ id, title: page.title, change: 'added', substantive: true, clauses: [] });
    else {
      const changed = diffClauses(previous.body, page.body);
      if (changed.length > 0)
        templates.push({
          id,
          title: page.title,
          change: 'changed',
          substantive: changed.some((clause) => clause.substantive),
          clauses: changed,
        });
    }
  }
  for (const [id, page] of Object.entries(from.templates)) {
    if (!to.templates[id]) templates.push({ id, title: page.title, change: 'removed', substantive: true, clauses: [] });
  }
  const marks = [
    ...kinds.flatMap((entry) => entry.records.map((record) => record.substantive)),
    ...templates.map((template) => template.substantive),
  ];
  return {
    from: from.release,
    to: to.release,
    kinds,
    templates,
    substantive: marks.filter(Boolean).length,
    editorial: marks.filter((mark) => !mark).length,
  };
}
