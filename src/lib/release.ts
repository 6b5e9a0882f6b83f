/**
 * Rules for cutting a release: calendar versions (YYYY.MM, or YYYY.MM.N for a second release in a
 * month), never reused, always with release notes. Pure functions; `src/cli/release.ts` does the I/O.
 */

const VERSION = /^(\d{4})\.(0[1-9]|1[0-2])(?:\.([1-9]\d*))?$/;

export function checkVersionName(version: string, existing: readonly string[]): string | undefined {
  if (!VERSION.test(version)) {
    return `Version "${version}" is not a calendar version; expected YYYY.MM (e.g. 2026.12) or YYYY.MM.N for a second release in a month`;
  }
  if (existing.includes(version))
    return `Version ${version} already exists in versions.json; released versions never change`;
  const newest = existing[0];
  if (newest && compareVersions(version, newest) <= 0) {
    return `Version ${version} is not newer than the latest release ${newest}`;
  }
  return undefined;
}

function parts(version: string): number[] {
  const match = VERSION.exec(version);
  if (!match) return [0, 0, 0];
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

export function compareVersions(a: string, b: string): number {
  const [pa, pb] = [parts(a), parts(b)];
  for (let index = 0; index < 3; index += 1) {
    const difference = (pa[index] ?? 0) - (pb[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The release notes must have a `## <version>` section before the version is cut. */
export function checkReleaseNotes(notes: string, version: string): string | undefined {
  const heading = new RegExp(`^## ${version.replaceAll('.', '\\.')}\\s*$`, 'm');
  if (!heading.test(notes)) {
    return `docs/release-notes.mdx has no "## ${version}" section; write what changed in the law and in the kit, then release`;
  }
  return undefined;
}
