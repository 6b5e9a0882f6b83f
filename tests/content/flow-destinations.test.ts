/** Every authority a flow can report to is a destination of the legal data, in the same jurisdiction. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KNOWN_DESTINATIONS } from '../../src/lib/flows/destinations';

const root = join(import.meta.dirname, '../..');
/** Not an authority to report to but a call to make: it has no entry in the legal data. */
const NOT_LEGAL_DESTINATIONS = new Set(['emergency-services']);

describe('flow destinations', () => {
  const legal = parse(readFileSync(join(root, 'docs/legal/_data/destinations.yaml'), 'utf8')) as {
    id: string;
    jurisdiction: string;
  }[];
  const byId = new Map(legal.map((destination) => [destination.id, destination.jurisdiction]));

  it.each(Object.entries(KNOWN_DESTINATIONS).filter(([id]) => !NOT_LEGAL_DESTINATIONS.has(id)))(
    '%s is in docs/legal/_data/destinations.yaml with the same jurisdiction',
    (id, destination) => {
      expect(byId.get(id)).toBe(destination.jurisdiction);
    },
  );
});
