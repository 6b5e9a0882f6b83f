/**
 * The lint preset `npm run lint` uses (see `.remarkrc.yaml`): Docusaurus' parsing plugins,
 * remark-lint's recommended rules and ours. Severities live here, not in the rules: every rule
 * is an error except `review-due`, which only warns so that a date never breaks CI.
 */
import type { Preset } from 'unified';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import { parsePlugins } from '../lib/mdx';
import { frontmatterSchema } from './rules/frontmatter-schema';
import { noDetectionCode } from './rules/no-detection-code';
import { reviewDue } from './rules/review-due';
import { sourcesCited } from './rules/sources-cited';
import { templateVariables } from './rules/template-variables';
import { terminology } from './rules/terminology';

/** Our rules, in the order of their codes. */
export const kitRules = {
  frontmatterSchema,
  terminology,
  noDetectionCode,
  sourcesCited,
  reviewDue,
  templateVariables,
} as const;

/** remark-lint's recommended rules, raised from warnings to errors; `remarkLint` itself is kept as is. */
const recommendedAsErrors = (remarkPresetLintRecommended.plugins ?? []).map((entry) => {
  const [plugin, options] = (Array.isArray(entry) ? entry : [entry]) as [unknown, unknown?];
  const isRule = typeof plugin === 'function' && plugin.name.startsWith('remark-lint:');
  if (!isRule) return entry;
  return [plugin, options === undefined || options === true ? ['error'] : ['error', options]];
});

const preset: Preset = {
  plugins: [
    ...parsePlugins,
    ...(recommendedAsErrors as Preset['plugins'] & unknown[]),
    [frontmatterSchema, ['error']],
    [terminology, ['error']],
    [noDetectionCode, ['error']],
    [sourcesCited, ['error']],
    [reviewDue, ['warn']],
    [templateVariables, ['error']],
  ],
};

export default preset;
