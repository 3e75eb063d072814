import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// Component tests run in Debian's Chromium and Firefox ESR. Set CHROME_PATH or
// FIREFOX_PATH to use other binaries, and SOCLE_BROWSERS=chromium to run one.
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const wanted = (process.env.SOCLE_BROWSERS ?? 'chromium,firefox').split(',');

const browsers = [];
if (wanted.includes('chromium')) {
  // One page at a time: headless Chromium pauses animation frames in the
  // pages that are not in front, and elements that wait for a frame would
  // time out there.
  browsers.push(
    chromeLauncher({ launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS }, concurrency: 1 }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    // One page at a time: Firefox delivers key presses only to the page in
    // front, so keyboard tests in a second page would miss them.
    puppeteerLauncher({
      // Test mode makes Firefox fire focus events and deliver keys as if its
      // window had the system focus, which a headless run never gets.
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath,
        headless: true,
        extraPrefsFirefox: { 'focusmanager.testmode': true },
      },
      concurrency: 1,
    }),
  );
}

export default {
  files: ['packages/components/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'development', 'browser'] },
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  hostname: '127.0.0.1',
  concurrency: 2,
  concurrentBrowsers: 2,
  browserStartTimeout: 60000,
  testsFinishTimeout: 120000,
  testFramework: { config: { timeout: 10000 } },
  browsers,
  // Lit prints a dev-mode notice on every page; marking it as issued keeps the
  // test console for real warnings.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="fr">
  <body>
    <script>window.litIssuedWarnings = new Set(['dev-mode']);</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./packages/components/tsconfig.json', import.meta.url)),
    }),
  ],
};
