/** Runs one of our lint rules over a fixture, parsed exactly as `npm run lint` parses docs. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import { parsePlugins } from '../../../src/lib/mdx';

export const fixture = (rule: string, name: string) =>
  fileURLToPath(new URL(`../../fixtures/lint/${rule}/${name}`, import.meta.url));

/** Each message as `line:column-line:column reason`, in document order. */
/** A lint rule as `unified-lint-rule` makes it: options are a severity, options, or both. */
type Rule<Options> = Plugin<[Options?], Root>;

/** `path` places the text where the rule looks (e.g. under i18n/fr/ for a French page). */
export async function lintText<Options>(
  rule: Rule<Options>,
  text: string,
  options?: Options,
  path = 'fixture.mdx',
): Promise<string[]> {
  const file = new VFile({ path, value: text });
  const processor = unified().use(remarkParse).use(parsePlugins).use(rule, options);
  await processor.run(processor.parse(file), file);
  return file.messages.map((message) => {
    const place = message.place;
    const where =
      place && 'start' in place
        ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
        : `${message.line ?? 1}:${message.column ?? 1}`;
    return `${where} ${message.reason}`;
  });
}

export function lintFixture<Options>(rule: Rule<Options>, ruleName: string, name: string, options?: Options) {
  return lintText(rule, readFileSync(fixture(ruleName, name), 'utf8'), options);
}

/** Every message carries the rule's id and our origin, and is fatal only when configured so. */
export async function ruleIdsOf<Options>(rule: Rule<Options>, text: string): Promise<string[]> {
  const file = new VFile({ path: 'fixture.mdx', value: text });
  const processor = unified().use(remarkParse).use(parsePlugins).use(rule);
  await processor.run(processor.parse(file), file);
  return file.messages.map((message) => `${message.source}:${message.ruleId}`);
}
