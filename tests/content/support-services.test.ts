/**
 * The support services: each record read on its operator's own page on 7 December 2026, and named
 * by every page that sends people to them, for each jurisdiction, from the same data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { servicesMissingFromTemplate } from '../../src/lib/support-services';
import { supportServicesDataSchema, SUPPORT_NEEDS } from '../../src/schema/support-services';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const services = supportServicesDataSchema.parse(parse(read('docs/policies/_data/support-services.yaml')));

describe('support services', () => {
  it('cover each need in the UK, the US, Canada and Australia, each record checked on 7 December 2026', () => {
    for (const jurisdiction of ['US', 'UK', 'CA', 'AU'] as const) {
      const here = services.filter(
        (service) => service.jurisdictions.includes(jurisdiction) || service.jurisdictions.includes('INTL'),
      );
      expect([
        jurisdiction,
        ['image_removal', 'sextortion'].filter(
          (need) => !here.some((service) => service.needs.includes(need as never)),
        ),
      ]).toEqual([jurisdiction, []]);
    }
    expect(
      services
        .filter((service) => !service.sources.some((source) => source.accessed === '2026-12-07'))
        .map((service) => service.id),
    ).toEqual([]);
    expect(new Set(services.flatMap((service) => service.needs))).toEqual(new Set(SUPPORT_NEEDS));
  });

  it.each([
    ['the sextortion playbook', 'docs/policies/sextortion-playbook.mdx'],
    ['the child safety policy', 'docs/policies/child-safety-policy.mdx'],
  ])('are all named by %s, in the block for each of their jurisdictions', (_name, path) => {
    const text = read(path);
    for (const need of ['crisis', 'image_removal', 'sextortion'] as const) {
      expect([need, servicesMissingFromTemplate(text, services, need)]).toEqual([need, []]);
    }
  });

  it.each(['docs/flows/sextortion.mdx', 'docs/flows/in-product-reporting.mdx'])(
    'are shown from the data on %s',
    (path) => {
      const page = read(path);
      expect(page).toContain("import services from '../policies/_data/support-services.yaml';");
      expect(page).toContain('<SupportServices services={services} />');
    },
  );
});
