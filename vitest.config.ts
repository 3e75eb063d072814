import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const THEMES = ['socle', 'etat', 'commune-exemple', 'contraste-eleve'];
const SCHEMES = ['light', 'dark'];

/**
 * One project per theme and scheme: Storybook's Vitest addon turns every
 * story into a test, renders it in headless Chromium and fails on any axe
 * violation (`parameters.a11y.test = 'error'`).
 */
function storyProject(theme: string, scheme: string): TestProjectInlineConfiguration {
  return {
    plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
    define: {
      __SOCLE_STORY_THEME__: JSON.stringify(theme),
      __SOCLE_STORY_SCHEME__: JSON.stringify(scheme),
    },
    resolve: { conditions: ['source', 'development', 'module', 'browser', 'default'] },
    // Pre-bundled up front: a dependency discovered mid-run makes Vite reload
    // and fail the story file that was loading.
    optimizeDeps: {
      include: [
        'lit',
        'lit/decorators.js',
        'lit/directives/class-map.js',
        'lit/directives/if-defined.js',
        'lit/directives/live.js',
        'lit/directives/repeat.js',
        'lit/directives/style-map.js',
      ],
    },
    test: {
      name: `stories:${theme}:${scheme}`,
      setupFiles: ['.storybook/vitest.setup.ts'],
      // Story files share one page, so the modules load once per project,
      // which halves the run. The theme decorator sets the theme, scheme and
      // language again for every story, so none is inherited from another file.
      isolate: false,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({
          launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
        }),
        instances: [{ browser: 'chromium' }],
        screenshotFailures: false,
      },
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['packages/{tokens,formats,communes,etat-civil}/{src,test,scripts}/**/*.test.{ts,js,mjs}'],
        },
      },
      ...THEMES.flatMap((theme) => SCHEMES.map((scheme) => storyProject(theme, scheme))),
    ],
  },
});
