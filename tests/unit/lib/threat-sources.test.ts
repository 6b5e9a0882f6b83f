import { describe, expect, it } from 'vitest';
import { sourceDisagreements, threatSources } from '../../../src/lib/threat-sources';
import { threatSchema, type Threat } from '../../../src/schema/threats';

const source = (url: string, title: string, accessed = '2026-11-30', pinpoint = 'what it supports') => ({
  title,
  url,
  accessed,
  pinpoint,
});

function threat(id: string, name: string, sources: ReturnType<typeof source>[]): Threat {
  return threatSchema.parse({
    id,
    name,
    summary: 'What it looks like from your side.',
    exposure: [{ feature: 'uploads', how: 'A file can be uploaded and shared with others.' }],
    controls: ['A control'],
    sources,
  });
}

const NEWS = 'https://news.example/item';
const REPORT = 'https://report.example/2024';
const ISSUE = 'https://ngo.example/issue';

describe('threatSources', () => {
  it('lists each URL once, sorted by title, with the threats that cite it in data order', () => {
    const threats = [
      threat('grooming', 'Grooming', [
        source(REPORT, 'Hotline, Annual Report 2024'),
        source(NEWS, 'Agency, News item (12 Mar 2024)'),
      ]),
      threat('extortion', 'Sexual extortion', [
        source(NEWS, 'Agency, News item (12 Mar 2024)'),
        source(ISSUE, 'NGO, Issue page (undated)', '2026-11-29'),
      ]),
    ];
    expect(threatSources(threats)).toEqual([
      {
        url: NEWS,
        title: 'Agency, News item (12 Mar 2024)',
        accessed: '2026-11-30',
        citedBy: [
          { id: 'grooming', name: 'Grooming' },
          { id: 'extortion', name: 'Sexual extortion' },
        ],
      },
      {
        url: REPORT,
        title: 'Hotline, Annual Report 2024',
        accessed: '2026-11-30',
        citedBy: [{ id: 'grooming', name: 'Grooming' }],
      },
      {
        url: ISSUE,
        title: 'NGO, Issue page (undated)',
        accessed: '2026-11-29',
        citedBy: [{ id: 'extortion', name: 'Sexual extortion' }],
      },
    ]);
  });

  it('names a threat once even when it cites the same URL for two pinpoints', () => {
    const threats = [
      threat('grooming', 'Grooming', [
        source(NEWS, 'Agency, News item (2024)', '2026-11-30', 'one finding'),
        source(NEWS, 'Agency, News item (2024)', '2026-11-30', 'another'),
      ]),
    ];
    expect(threatSources(threats).map((entry) => entry.citedBy)).toEqual([[{ id: 'grooming', name: 'Grooming' }]]);
  });
});

describe('sourceDisagreements', () => {
  it('is empty when every citation of a URL has the same title and accessed date', () => {
    const threats = [
      threat('a', 'A', [source(NEWS, 'Agency, News item (2024)')]),
      threat('b', 'B', [source(NEWS, 'Agency, News item (2024)')]),
    ];
    expect(sourceDisagreements(threats)).toEqual([]);
  });

  it('names the URL, both threats and both values when citations of one URL disagree', () => {
    const threats = [
      threat('a', 'A', [source(NEWS, 'Agency, News item (2024)')]),
      threat('b', 'B', [source(NEWS, 'Agency, News (2024)', '2026-11-01')]),
    ];
    expect(sourceDisagreements(threats)).toEqual([
      'https://news.example/item: a calls it "Agency, News item (2024)", b calls it "Agency, News (2024)"; use one title',
      'https://news.example/item: a read it on 2026-11-30, b on 2026-11-01; use one accessed date',
    ]);
  });
});
