/** Every published JSON file of every release validates against its generated JSON Schema. */
import { basename, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { listReleases } from '../../src/lib/node/releases';
import { EXPORT_KINDS, exportKindOf, exportSchema } from '../../src/lib/data-export';
import { findDataFiles } from '../../src/lib/node/data';
import { dataExportContent } from '../../src/plugins/kit-data-export';

const root = join(import.meta.dirname, '../..');
const { files } = dataExportContent(root);
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validators = new Map(EXPORT_KINDS.map((kind) => [kind, ajv.compile(exportSchema(kind))]));
const published = [...files].filter(([path]) => !path.startsWith('schema/') && path !== 'index.json');

describe('published data', () => {
  it('publishes every kind that each release has a data file of (a kind added later is not in older releases)', () => {
    const expected = listReleases(root).flatMap((release) => [
      ...new Set(findDataFiles(release.root).map((file) => `${release.name}/${exportKindOf(basename(file))}.json`)),
    ]);
    expect(expected).toContain('next/requirements.json');
    expect(published.map(([path]) => path).sort()).toEqual(expected.sort());
  });

  it.each(published)('%s validates against its JSON Schema', (path, value) => {
    const kind = path.split('/')[1]!.replace(/\.json$/, '');
    const validate = validators.get(kind)!;
    const valid = validate(JSON.parse(JSON.stringify(value)));
    expect(valid ? [] : validate.errors?.map((error) => `${error.instancePath} ${error.message}`)).toEqual([]);
    expect(value).toMatchObject({
      kind,
      release: path.split('/')[0],
      as_of: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });
});
