import { describe, expect, it } from 'vitest';
import { sourcesCited } from '../../../src/lint/rules/sources-cited';
import { lintFixture } from './lint';

const lint = (name: string) => lintFixture(sourcesCited, 'sources-cited', name, { today: '2026-11-30' });

describe('sources-cited', () => {
  it('passes a legal page with a dated https source', async () => {
    expect(await lint('ok.mdx')).toEqual([]);
  });

  it('requires a legal page to cite a source', async () => {
    expect(await lint('legal-without-sources.mdx')).toEqual([
      '2:1 Missing `sources`: a legal page cites at least one primary source (title, url, accessed)',
    ]);
  });

  it('checks every source on any page: https, date, title, no future dates, no duplicates', async () => {
    expect(await lint('not-ok.mdx')).toEqual([
      '10:5 `sources[0].accessed`: 2026-12-25 is in the future; use the date you checked the source',
      '12:5 `sources[1].url`: https://www.legislation.gov.uk/ukpga/2023/50/section/66 is already cited as sources[0]; cite each source once',
      '15:5 `sources[2].url`: Expected a well-formed https URL (https://host.example/path), found "http://example.org/law"',
      '17:5 Missing `sources[3].accessed`: expected a date written as YYYY-MM-DD',
      '18:5 `sources[3].url`: Expected a well-formed https URL (https://host.example/path), found "www.example.org"',
      '19:5 Missing `sources[4].title`: expected the title of the source',
      '20:5 `sources[4].accessed`: Expected a real date written as YYYY-MM-DD, found "28/11/2026"',
    ]);
  });
});
