import { describe, expect, it } from 'vitest';
import { findDetectionCode, noDetectionCode } from '../../../src/lint/rules/no-detection-code';
import { lintFixture, lintText } from './lint';

const lint = (name: string) => lintFixture(noDetectionCode, 'no-detection-code', name);
const allowed = 'yaml, json, text, mermaid, http, bash, shell, console, markdown, md';
const never = 'code in a code block: the kit describes detection programmes, never implements them';
const sample = 'code in a code sample: the kit describes detection programmes, never implements them';

describe('no-detection-code', () => {
  it('allows CLI usage, data and diagrams', async () => {
    expect(await lint('ok.mdx')).toEqual([]);
  });

  it('rejects other languages, unlabelled blocks and detection code, in fences, <CodeBlock>, <pre>, <code> and inline code', async () => {
    expect(await lint('not-ok.mdx')).toEqual([
      `9:1-11:4 Unexpected code block language \`python\`, expected one of ${allowed}`,
      `13:1-15:4 Unexpected code block without a language, expected one of ${allowed}`,
      `17:1-19:4 Unexpected media processing or machine learning ${never}`,
      `21:1-23:4 Unexpected hash matching ${never}`,
      `25:1-25:66 Unexpected code block language \`js\`, expected one of ${allowed}`,
      `25:1-25:66 Unexpected cryptographic hashing ${never}`,
      `27:41-27:63 Unexpected media hashing ${sample}`,
      `29:1-29:53 Unexpected hash matching ${sample}`,
      `31:5-31:41 Unexpected classification, scanning or matching ${sample}`,
    ]);
  });

  it('allows names of hash formats and settings in inline code', async () => {
    expect(
      await lintText(
        noDetectionCode,
        'Lists come as `PhotoDNA`, `MD5` or `PDQ` hashes; set `csam_scanning: enabled`.\n',
      ),
    ).toEqual([]);
    expect(await lintText(noDetectionCode, 'Never write `const h = md5(file)` in a page.\n')).toEqual([
      `1:13-1:34 Unexpected cryptographic hashing ${sample}`,
    ]);
  });

  it('names what kind of detection code it found', () => {
    expect(findDetectionCode('import imagehash')).toBe('media processing or machine learning');
    expect(findDetectionCode('const d = phash(image)')).toBe('media hashing');
    expect(findDetectionCode('result = classifier(frame)')).toBe('classification, scanning or matching');
    expect(findDetectionCode('if scan_upload(file):')).toBe('classification, scanning or matching');
    expect(findDetectionCode('labels = model.predict(batch)')).toBe('classification, scanning or matching');
    expect(findDetectionCode('npx child-safety-kit generate --profile p.yaml')).toBeUndefined();
    expect(findDetectionCode('for (const match of text.matchAll(pattern))')).toBeUndefined();
  });
});
