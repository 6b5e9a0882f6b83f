/**
 * The build is the second gate of the one schema: invalid front matter or an invalid data file stops
 * `docusaurus build` with a message naming the file and the field, and nothing is published.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copySite, type SiteCopy } from './support/site-copy';

let copy: SiteCopy | undefined;
afterEach(() => copy?.remove());

function edit(path: string, from: string, to: string) {
  const file = join(copy!.dir, path);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe('build gates', () => {
  it('fails on invalid front matter, naming the file and each field', () => {
    copy = copySite('frontmatter-gate');
    edit('docs/about.mdx', 'page_type: reference', 'page_type: blog\nowner: me');
    const { status, stdout, stderr } = copy.run('npx', ['docusaurus', 'build', '--out-dir', 'build']);
    const output = stdout + stderr;
    expect(status).not.toBe(0);
    expect(output).toContain('Invalid front matter in docs/about.mdx:');
    expect(output).toContain(
      '- `page_type`: Expected page_type to be one of guide, legal, template, flow, reference, checklist, found "blog"',
    );
    expect(existsSync(join(copy.dir, 'build', 'index.html'))).toBe(false);
  }, 120_000);

  it('fails on an invalid data file, naming the file, line and field', () => {
    copy = copySite('data-gate');
    edit(
      'docs/legal/_data/jurisdictions.yaml',
      'url: https://www.law.cornell.edu/uscode/text/18/2258A',
      'url: http://www.law.cornell.edu/uscode/text/18/2258A',
    );
    const { status, stdout, stderr } = copy.run('npx', ['docusaurus', 'build', '--out-dir', 'build']);
    const output = stdout + stderr;
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /docs\/legal\/_data\/jurisdictions\.yaml:\d+:7 `\[0\]\.sources\[0\]\.url`: Expected a well-formed https URL \(https:\/\/host\.example\/path\), found "http:\/\/www\.law\.cornell\.edu/,
    );
    expect(existsSync(join(copy.dir, 'build', 'index.html'))).toBe(false);
  }, 120_000);
});
