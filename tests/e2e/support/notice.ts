/**
 * The look of the note at the top of a page (LegalNotice, TranslationNotice; src/css/notice.module.css),
 * as the browser computes it, beside the look of a paragraph in the same place with the rules each
 * notice had as its own stylesheet, written inline: the two must match.
 */
import type { Locator } from 'playwright-core';

const PROPERTIES = [
  'border-left-width',
  'border-left-style',
  'border-left-color',
  'border-top-width',
  'background-color',
  'color',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'margin-top',
  'margin-bottom',
  'font-size',
  'line-height',
] as const;

/** The notice's computed look, and that of the original rules with `rule` (a CSS colour) for the left border. */
export async function noticeLook(
  notice: Locator,
  rule: string,
): Promise<{ actual: Record<string, string>; expected: Record<string, string> }> {
  return notice.evaluate(
    (element, { rule, properties }) => {
      const look = (target: Element) =>
        Object.fromEntries(properties.map((name) => [name, getComputedStyle(target).getPropertyValue(name)]));
      const probe = document.createElement(element.tagName);
      // Through the CSSOM: the site's Content-Security-Policy refuses a written style attribute.
      const rules: [string, string][] = [
        ['border-left', `4px solid ${rule}`],
        ['background', 'var(--ifm-color-emphasis-100)'],
        ['color', 'var(--ifm-font-color-base)'],
        ['padding', '0.5rem 0.75rem'],
        ['margin-bottom', '1.5rem'],
        ['font-size', '0.95rem'],
      ];
      for (const [name, value] of rules) probe.style.setProperty(name, value);
      probe.textContent = 'probe';
      element.after(probe);
      const looks = { actual: look(element), expected: look(probe) };
      probe.remove();
      return looks;
    },
    { rule, properties: [...PROPERTIES] },
  );
}
