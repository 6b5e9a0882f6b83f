/**
 * Docusaurus plugin: lets MDX pages import their own data (`import x from './_data/x.yaml'`),
 * validating each file against its schema at build time. Because pages import data by a
 * relative path, a released version (a copy under `versioned_docs/`) always shows the data it
 * was released with: immutability comes from the layout, not from bookkeeping.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { listReleases } from '../lib/node/releases';
import { findDataFiles, formatDataProblem, validateDataText } from '../lib/node/data';
import { bundleFlow } from '../lib/flows/bundle';
import { formatFlowProblem, validateFlowText } from '../lib/flows/validate';

/**
 * A flow file is checked in full (schema, structure and safety invariants), and the page gets a
 * `FlowBundle`: the flow with its diagram drawn, its Mermaid text, step table and YAML.
 */
function flowParser(name: string) {
  return (source: string): unknown => {
    // A released flow is frozen: safety checks added after its release are shown on its page, not fatal.
    const result = validateFlowText(source, name, { released: name.startsWith('versioned_docs/') });
    if (!result.ok) {
      throw new Error(`Invalid flow file:\n${result.problems.map(formatFlowProblem).join('\n')}`);
    }
    return bundleFlow(
      result.flow,
      source,
      (result.laterFindings ?? []).map((problem) => `${problem.check}: ${problem.message}`),
    );
  };
}

function parserFor(file: string, siteDir: string) {
  const name = file.startsWith(siteDir) ? file.slice(siteDir.length + 1) : file;
  if (name.endsWith('.flow.yaml')) return flowParser(name);
  return (source: string): unknown => {
    const result = validateDataText(source, name);
    if (!result.ok) {
      throw new Error(`Invalid data file:\n${result.problems.map(formatDataProblem).join('\n')}`);
    }
    return result.data;
  };
}

export default function kitDataPlugin(context: LoadContext): Plugin {
  const { siteDir } = context;
  const dataFiles = () => listReleases(siteDir).flatMap((release) => findDataFiles(release.root));
  return {
    name: 'child-safety-kit-data',
    // Validate every data file before bundling, so the build stops with every problem listed by
    // file, line and field (an error thrown inside the bundler's parser loses its message).
    async loadContent() {
      const problems = dataFiles().flatMap((file) => {
        const result = validateDataText(readFileSync(file, 'utf8'), relative(siteDir, file));
        return result.ok ? [] : result.problems;
      });
      if (problems.length > 0) {
        throw new Error(
          `Invalid data files:\n${problems.map(formatDataProblem).join('\n')}\nFix the fields above; each kind's schema is in src/schema/.`,
        );
      }
    },
    getPathsToWatch() {
      return ['docs/**/_data/*.{yaml,yml}', 'versioned_docs/**/_data/*.{yaml,yml}'].map((glob) =>
        resolve(siteDir, glob),
      );
    },
    configureWebpack() {
      const files = dataFiles();
      return {
        module: {
          rules: [
            {
              test: /\.ya?ml$/,
              oneOf: [
                ...files.map((file) => ({ resource: file, type: 'json', parser: { parse: parserFor(file, siteDir) } })),
                // A data file added while `npm start` runs: validated too, named by its content only.
                { type: 'json', parser: { parse: parserFor('(a new data file: restart to name it)', siteDir) } },
              ],
            },
          ],
        },
      };
    },
  };
}
