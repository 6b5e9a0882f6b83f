import { describe, expect, it } from 'vitest';
import { findDetectionCode, noDetectionCode } from '../../../src/lint/rules/no-detection-code';
import { lintFixture } from './lint';

const lint = (name: string) => lintFixture(noDetectionCode, 'no-detection-code', name);
const allowed = 'yaml, json, text, mermaid, http, bash, shell, console, markdown, md';
const never = 'code in a code block: the kit describes detection programmes, never implements them';

describe('no-detection-code', () => {
  it('allows CLI usage, data and diagrams', async () => {
    expect(await lint('ok.mdx')).toEqual([]);
  });

  it('rejects other languages, unlabelled blocks and detection code, in fences and <CodeBlock>', async () => {
    expect(await lint('not-ok.mdx')).toEqual([
      `9:1-11:4 Unexpected code block language \`python\`, expected one of ${allowed}`,
      `13:1-15:4 Unexpected code block without a language, expected one of ${allowed}`,
      `17:1-19:4 Unexpected media processing or machine learning ${never}`,
      `21:1-23:4 Unexpected hash matching ${never}`,
      `25:1-25:66 Unexpected code block language \`js\`, expected one of ${allowed}`,
      `25:1-25:66 Unexpected cryptographic hashing ${never}`,
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
