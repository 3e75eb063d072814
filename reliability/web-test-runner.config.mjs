// Web Test Runner configuration of the reliability suite. It extends the root
// configuration (esbuild, node resolution with the `source` condition, Lit's
// dev-mode notice silenced) with the suite's own files and Chromium only. A
// virtual module lists every element of the Custom Elements Manifest.
import { chromeLauncher } from '@web/test-runner-chrome';
import rootConfig from '../web-test-runner.config.mjs';
import { ensureBuilt } from './support/build.mjs';
import { readElements, registrationFolders } from './support/elements.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

const ELEMENTS_MODULE = '/__reliability/elements.js';

/**
 * Serves `/__reliability/elements.js`: the element list, and for each
 * registration folder a loader of its source module and of both built
 * modules. Static `import()` strings let the dev server resolve them.
 */
function elementsModulePlugin() {
  let source = '';
  return {
    name: 'socle-reliability-elements',
    async serverStart() {
      const elements = readElements();
      const folders = [...new Set(elements.map((element) => element.folder))];
      // The warning tests load dist/ and dist/development/, so build them
      // first when they are missing or stale.
      ensureBuilt(elements);
      const loaders = (prefix, suffix) =>
        `{\n${folders.map((folder) => `  ${JSON.stringify(folder)}: () => import('${prefix}${folder}${suffix}'),`).join('\n')}\n}`;
      source = [
        `export const elements = ${JSON.stringify(elements)};`,
        `export const registrationFolders = ${JSON.stringify(registrationFolders())};`,
        `export const sourceLoaders = ${loaders('@socle/components/', '')};`,
        `export const developmentLoaders = ${loaders('/packages/components/dist/development/', '/define.js')};`,
        `export const productionLoaders = ${loaders('/packages/components/dist/', '/define.js')};`,
      ].join('\n');
    },
    serve(context) {
      if (context.path === ELEMENTS_MODULE) return { body: source, type: 'js' };
      return undefined;
    },
  };
}

export default {
  ...rootConfig,
  files: ['reliability/**/*.test.ts'],
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 120000 } },
  browsers: [chromeLauncher({ launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS }, concurrency: 1 })],
  plugins: [...rootConfig.plugins, elementsModulePlugin()],
};
