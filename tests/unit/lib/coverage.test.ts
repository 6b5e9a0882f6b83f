import { describe, expect, it } from 'vitest';
import { formatPlaceCoverage, NCMEC_OUTSIDE_US, placeCoverage, type CoverageInputs } from '../../../src/lib/coverage';

const inputs: CoverageInputs = {
  guides: [
    { code: 'US', as_of: '2026-11-30' },
    { code: 'EU', as_of: '2026-11-30' },
    { code: 'UK', as_of: '2026-11-30' },
    { code: 'FR', as_of: '2026-12-07' },
  ],
  hotlines: [
    {
      id: 'iwf',
      country: 'GB',
      name: 'IWF Hotline',
      organisation: 'IWF',
      report_url: 'https://iwf.example/report',
      accepts: ['csam'],
      kind: 'hotline',
      inhope_member: true,
    },
    {
      id: 'pdc',
      country: 'FR',
      name: 'Point de Contact',
      organisation: 'Point de Contact',
      report_url: 'https://pdc.example/',
      accepts: ['csam'],
      inhope_member: true,
    },
    {
      id: 'pharos',
      country: 'FR',
      name: 'PHAROS',
      organisation: 'Ministry',
      report_url: 'https://pharos.example/',
      accepts: ['csam'],
      kind: 'government',
      inhope_member: false,
    },
    {
      id: 'jp',
      country: 'JP',
      name: 'Internet Hotline Center',
      organisation: 'IHC',
      report_url: 'https://ihc.example/',
      accepts: ['csam'],
      kind: 'hotline',
      inhope_member: true,
    },
    {
      id: 'hate-only',
      country: 'AT',
      name: 'Hate line',
      organisation: 'X',
      report_url: 'https://x.example/',
      accepts: ['other_illegal'],
      kind: 'hotline',
      inhope_member: false,
    },
  ],
};

describe('placeCoverage', () => {
  it.each([
    {
      place: 'FR',
      guide: true,
      eu: true,
      hotlines: ['pdc', 'pharos'],
      notes: [
        'The kit has a legal guide for France (as of 2026-12-07).',
        'France is an EU Member State: the EU duties (Digital Services Act) reach you there as well.',
      ],
    },
    {
      place: 'AT',
      guide: false,
      eu: true,
      hotlines: [],
      notes: [
        "The kit has no legal guide for Austria. It cannot tell you what Austria's own law requires: ask a lawyer there which duty to report child sexual abuse material (CSAM) applies, to whom and how fast.",
        'Austria is an EU Member State: the EU duties (Digital Services Act) reach you there as well.',
        "The kit's directory has no national CSAM hotline in Austria (as of 7 December 2026).",
      ],
    },
    {
      place: 'JP',
      guide: false,
      eu: false,
      hotlines: ['jp'],
      notes: [
        "The kit has no legal guide for Japan. It cannot tell you what Japan's own law requires: ask a lawyer there which duty to report child sexual abuse material (CSAM) applies, to whom and how fast.",
      ],
    },
    {
      place: 'UK',
      guide: true,
      eu: false,
      hotlines: ['iwf'],
      notes: ['The kit has a legal guide for the United Kingdom (as of 2026-11-30).'],
    },
    {
      place: 'EU',
      guide: true,
      eu: true,
      hotlines: [],
      notes: [
        'The kit has a legal guide for the European Union (as of 2026-11-30).',
        'You named the EU without a Member State: the EU duties apply, but add the Member States (such as FR, DE or IE) to see their national rules and hotlines.',
      ],
    },
  ])('$place: guide $guide, EU $eu, hotlines $hotlines', ({ place, guide, eu, hotlines, notes }) => {
    const [result] = placeCoverage({ established_in: [], users_in: [place] }, inputs);
    expect(result).toMatchObject({ code: place, guide, eu });
    expect(result!.hotlines.map((hotline) => hotline.id)).toEqual(hotlines);
    expect(result!.notes).toEqual(notes);
  });

  it('lists each place once, established places first, and marks government portals', () => {
    const result = placeCoverage({ established_in: ['FR'], users_in: ['JP', 'FR'] }, inputs);
    expect(result.map((place) => place.code)).toEqual(['FR', 'JP']);
    expect(result[0]!.hotlines.map((hotline) => hotline.kind)).toEqual(['hotline', 'government']);
  });

  it('ignores a code that is not a place, so a stale saved answer cannot break the page', () => {
    expect(placeCoverage({ established_in: ['INTL', 'XX'], users_in: [] }, inputs)).toEqual([]);
  });

  it('prints the places with their hotlines and, for a company outside the US, what is known about NCMEC', () => {
    const text = formatPlaceCoverage(placeCoverage({ established_in: ['JP'], users_in: [] }, inputs), 'text', true);
    expect(text.split('\n')).toEqual([
      '',
      'What the kit knows about your places',
      '------------------------------------',
      "- Japan (JP): The kit has no legal guide for Japan. It cannot tell you what Japan's own law requires: ask a lawyer there which duty to report child sexual abuse material (CSAM) applies, to whom and how fast.",
      '  Internet Hotline Center, IHC (national hotline, INHOPE member) <https://ihc.example/>',
      `- NCMEC: ${NCMEC_OUTSIDE_US}`,
    ]);
  });
});
