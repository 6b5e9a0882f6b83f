/**
 * no-detection-code (CSK003): the kit describes detection programmes and never implements them.
 * Code blocks are allowed only in an allowlist of languages (configuration, data, CLI usage,
 * diagrams), and no code block may contain hashing, matching, scanning or classification code.
 * The same content check covers the other ways MDX can carry a code sample: inline code that looks
 * like code (a call, an import, an install), and `<pre>`, `<code>` and `<CodeBlock>` elements.
 */
import type { Code, InlineCode, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import { kitRule } from '../rule';

export const ALLOWED_LANGUAGES = [
  'yaml',
  'json',
  'text',
  'mermaid',
  'http',
  'bash',
  'shell',
  'console',
  'markdown',
  'md',
] as const;

/**
 * Code that implements detection: hashing libraries and calls, perceptual-hash and distance
 * functions, media-processing and machine-learning libraries, classifiers and scanners.
 */
export const DETECTION_PATTERNS: readonly { pattern: RegExp; what: string }[] = [
  {
    pattern: /\b(?:hashlib|createHash|subtle\.digest|md5|sha-?1|sha-?256|sha-?512|blake[23]\w*)\s*\(?/iu,
    what: 'cryptographic hashing',
  },
  {
    pattern:
      /\b(?:imagehash|phash|dhash|ahash|whash|blockhash|pdqhash|pdq_?hash|tmkpdqf?|videohash|photodna)\w*\s*[.(]/iu,
    what: 'media hashing',
  },
  { pattern: /\b(?:hamming(?:_?distance)?|hammingDistance)\b/iu, what: 'hash matching' },
  {
    pattern:
      /\b(?:import|from|require\(|pip install|npm (?:i|install))\s*['"]?(?:cv2|opencv\S*|PIL|pillow|torch\S*|tensorflow\S*|@tensorflow\S*|onnxruntime\S*|nsfwjs|keras|sklearn|scikit-learn|transformers|imagehash|pdqhash|sharp|jimp)\b/iu,
    what: 'media processing or machine learning',
  },
  {
    pattern:
      /\b(?:(?:classify|predict|detect|scan|match)_?(?:images?|frames?|videos?|media|hash(?:es)?|csam|nsfw|content|files?|uploads?)\w*|classifier|model\.(?:predict|classify|detect))\s*\(/iu,
    what: 'classification, scanning or matching',
  },
];

export function findDetectionCode(code: string): string | undefined {
  return DETECTION_PATTERNS.find(({ pattern }) => pattern.test(code))?.what;
}

/** Inline code is checked only when it reads as code, so that a term such as `PhotoDNA` in prose stays allowed. */
const CODE_LIKE = /[(=]|\b(?:import|require|install|from)\b/u;

/** HTML elements that carry code in MDX; their content is checked, whatever the language. */
const CODE_ELEMENTS = new Set(['pre', 'code']);

const allowed = (lang: string) => (ALLOWED_LANGUAGES as readonly string[]).includes(lang.toLowerCase());
const allowedList = ALLOWED_LANGUAGES.join(', ');

export const noDetectionCode = kitRule('no-detection-code', (tree: Root, file) => {
  const checkBlock = (
    lang: string | null | undefined,
    value: string,
    node: Code | MdxJsxFlowElement | MdxJsxTextElement,
  ) => {
    if (!lang) {
      file.message(`Unexpected code block without a language, expected one of ${allowedList}`, node);
    } else if (!allowed(lang)) {
      file.message(`Unexpected code block language \`${lang}\`, expected one of ${allowedList}`, node);
    }
    const what = findDetectionCode(value);
    if (what) {
      file.message(
        `Unexpected ${what} code in a code block: the kit describes detection programmes, never implements them`,
        node,
      );
    }
  };
  const never = (what: string) =>
    `Unexpected ${what} code in a code sample: the kit describes detection programmes, never implements them`;
  const sourceOf = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }) =>
    String(file.value).slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  visit(tree, (node) => {
    if (node.type === 'code') {
      const code = node as Code;
      checkBlock(code.lang, code.value, code);
    } else if (node.type === 'inlineCode') {
      const code = node as InlineCode;
      const what = CODE_LIKE.test(code.value) ? findDetectionCode(code.value) : undefined;
      if (what) file.message(never(what), code);
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (element.name === 'CodeBlock') {
        const language = element.attributes.find(
          (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'language',
        );
        const lang = typeof language?.value === 'string' ? language.value : undefined;
        checkBlock(lang, sourceOf(element), element);
        return SKIP;
      }
      if (element.name !== null && CODE_ELEMENTS.has(element.name)) {
        const what = findDetectionCode(sourceOf(element));
        if (what) file.message(never(what), element);
        // One message per sample: a <code> inside a <pre> is part of the same sample.
        return SKIP;
      }
    }
    return undefined;
  });
});

export default noDetectionCode;
