/**
 * Docusaurus plugin: our package is ESM (`"type": "module"`), which makes the bundler parse
 * Docusaurus' generated `.docusaurus/*.js` as strict ESM. Those files use `require.resolveWeak`
 * for code splitting, which only works in "auto" modules, so the build fails without this rule.
 * Likewise Node would load the server bundle's CommonJS chunks as ESM: they are named `.cjs`.
 */
import type { Plugin } from '@docusaurus/types';

export default function esmSitePlugin(): Plugin {
  return {
    name: 'child-safety-kit-esm-site',
    configureWebpack(_config, isServer) {
      return {
        ...(isServer ? { output: { chunkFilename: '[name].cjs' } } : {}),
        module: {
          rules: [{ test: /[\\/]\.docusaurus[\\/].*\.js$/, type: 'javascript/auto' }],
        },
      };
    },
  };
}
