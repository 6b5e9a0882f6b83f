/**
 * Docusaurus plugin: the browser compiles the app's entry scripts while it downloads them.
 *
 * V8 compiles most functions lazily, on the main thread, the first time they run. Nearly every
 * function in the entry chunks (React, the router, the Docusaurus runtime, the theme's layout)
 * runs while a page loads and hydrates, so that lazy compilation was a good part of the long
 * script task in which the app starts. The `//# allFunctionsCalledOnLoad` comment on the first
 * line of a script (an explicit compile hint, Chromium 136 and later; other browsers ignore it)
 * tells V8 to compile all of the file eagerly, on its background streaming thread. Only entry
 * chunks get it: route and on-demand chunks (search, exports) stay lazy.
 */
import type { Plugin } from '@docusaurus/types';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export default function compileHintsPlugin(): Plugin {
  return {
    name: 'child-safety-kit-compile-hints',
    configureWebpack(_config, isServer, { currentBundler }) {
      if (isServer) return {};
      const { BannerPlugin, Compilation } = currentBundler.instance;
      return {
        plugins: [
          new BannerPlugin({
            banner: COMPILE_HINT,
            raw: true,
            entryOnly: true,
            test: /\.js$/,
            // After minification, which would strip the comment; before content hashing.
            stage: Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING,
          }),
        ],
      };
    },
  };
}
