import { describe, expect, it } from 'vitest';
import { groupSupportServices, servicesMissingFromTemplate } from '../../../src/lib/support-services';
import type { SupportService } from '../../../src/schema/support-services';

const service = (
  id: string,
  jurisdictions: SupportService['jurisdictions'],
  needs: SupportService['needs'],
): SupportService => ({
  id,
  name: `Service ${id}`,
  operator: 'Operator',
  jurisdictions,
  needs,
  audience: 'children',
  url: `https://${id}.example.org/`,
  summary: 'Helps.',
  sources: [{ title: 'Own page', url: `https://${id}.example.org/about`, accessed: '2026-12-07' }],
});
const services = [
  service('anywhere', ['INTL'], ['image_removal']),
  service('uk', ['UK'], ['crisis']),
  service('us', ['US'], ['image_removal', 'crisis']),
];

describe('support services', () => {
  it('group by jurisdiction in the kit order, services open anywhere last, filtered by need', () => {
    expect(
      groupSupportServices(services, 'crisis').map((group) => [group.name, group.services.map((item) => item.id)]),
    ).toEqual([
      ['United States (federal)', ['us']],
      ['United Kingdom', ['uk']],
    ]);
    expect(groupSupportServices(services).map((group) => group.jurisdiction)).toEqual(['US', 'UK', 'INTL']);
  });

  it('find the services a template does not name, with their URL, inside their jurisdiction block', () => {
    const text = [
      '<When jurisdiction="US">[Service us](https://us.example.org/)</When>',
      '<When jurisdiction="CA">[Service uk](https://uk.example.org/)</When>',
      'Anywhere: [Service anywhere](https://anywhere.example.org/)',
    ].join('\n');
    expect(servicesMissingFromTemplate(text, services, 'crisis')).toEqual(['Service uk (UK)']);
    expect(servicesMissingFromTemplate(text, services, 'image_removal')).toEqual([]);
  });
});
