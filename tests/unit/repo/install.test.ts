/**
 * A clean `npm ci` prints no warning the README does not explain: every dependency runs on the
 * Node versions the kit supports, and every install script has an explicit allowScripts decision.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  allowScripts: Record<string, boolean>;
  engines: { node: string };
};
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<
    string,
    { version?: string; engines?: { node?: string } | string[]; hasInstallScript?: boolean; optional?: boolean }
  >;
};

/** The oldest Node the kit supports: 20, at the minor its dependencies need (see README, "Clean install"). */
const OLDEST_NODE = [20, 19, 0] as const;

type Version = readonly [number, number, number];
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Whether `version` satisfies a semver range of the forms package engines use; unreadable is false. */
export function satisfies(version: Version, range: string): boolean {
  return range.split('||').some((alternative) => {
    const comparators = alternative
      .trim()
      .replace(/([<>]=?|=|\^|~)\s+/g, '$1')
      .split(/\s+/)
      .filter(Boolean);
    return comparators.every((comparator) => {
      if (comparator === '*' || comparator === 'x') return true;
      const match = /^(>=|<=|>|<|=|\^|~)?v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?$/.exec(comparator);
      if (!match) return false;
      const [, operator = '=', major, minor, patch] = match;
      const wild = (part: string | undefined) => part === undefined || part === 'x' || part === '*';
      const bound: Version = [Number(major), wild(minor) ? 0 : Number(minor), wild(patch) ? 0 : Number(patch)];
      const order = compare(version, bound);
      const partial = wild(minor) ? 1 : wild(patch) ? 2 : 3;
      switch (operator) {
        case '>=':
          return order >= 0;
        case '>':
          return order > 0;
        case '<':
          return order < 0;
        case '<=':
          return order <= 0;
        case '^':
          return order >= 0 && (bound[0] > 0 ? version[0] === bound[0] : version[1] === bound[1]);
        case '~':
          return order >= 0 && version[0] === bound[0] && (partial === 1 || version[1] === bound[1]);
        default:
          return version.slice(0, partial).every((part, index) => part === bound[index]);
      }
    });
  });
}

describe('satisfies', () => {
  it('reads the ranges package engines use', () => {
    expect(satisfies(OLDEST_NODE, '>=18')).toBe(true);
    expect(satisfies(OLDEST_NODE, '>= 0.8')).toBe(true);
    expect(satisfies(OLDEST_NODE, '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies(OLDEST_NODE, '^18 || >=20')).toBe(true);
    expect(satisfies(OLDEST_NODE, '>=16 || 14 >=14.17')).toBe(true);
    expect(satisfies(OLDEST_NODE, '10.* || >= 12.*')).toBe(true);
    expect(satisfies(OLDEST_NODE, '20.x')).toBe(true);
    expect(satisfies(OLDEST_NODE, '^22.0.0 || ^24')).toBe(false);
    expect(satisfies(OLDEST_NODE, '>=22')).toBe(false);
    expect(satisfies(OLDEST_NODE, '^14 || ^16 || ^18')).toBe(false);
    expect(satisfies(OLDEST_NODE, 'node 20')).toBe(false);
  });
});

describe('a clean install', () => {
  it('installs no package that declares it needs a newer Node (npm prints EBADENGINE for those)', () => {
    const misfits = Object.entries(lock.packages)
      .filter(
        ([path, entry]) =>
          path !== '' &&
          !Array.isArray(entry.engines) &&
          entry.engines?.node &&
          !satisfies(OLDEST_NODE, entry.engines.node),
      )
      .map(([path, entry]) => `${path}@${entry.version}: engines.node ${(entry.engines as { node: string }).node}`);
    expect(misfits).toEqual([]);
  });

  it('has an allowScripts decision for every package with an install script, and none for a package without one', () => {
    // The kit's own entry ('') has one too, the postinstall that applies patches/; allowScripts is about dependencies.
    const withScripts = [
      ...new Set(
        Object.entries(lock.packages)
          .filter(([path, entry]) => path !== '' && entry.hasInstallScript)
          .map(([path]) => path.replace(/^.*node_modules\//, '')),
      ),
    ].sort();
    expect(Object.keys(manifest.allowScripts).sort()).toEqual(withScripts);
  });

  it('gives docx a nanoid for Node 20 through the override, and docx still writes a document', async () => {
    const nanoid = JSON.parse(
      readFileSync(join(root, 'node_modules/docx/node_modules/nanoid/package.json'), 'utf8'),
    ) as { version: string; engines: { node: string } };
    expect(nanoid.version).toBe('5.1.12');
    expect(satisfies(OLDEST_NODE, nanoid.engines.node)).toBe(true);
    const document = new Document({
      sections: [
        { children: [new Paragraph('Report to the CyberTipline without delay.'), new Paragraph('Preserve first.')] },
      ],
    });
    const files = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
    expect(strFromU8(files['word/document.xml']!)).toContain('Report to the CyberTipline without delay.');
  });
});
