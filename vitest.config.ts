import { defineConfig } from 'vitest/config';

// Unit tests of the zero-DOM packages run in Node. Components are never
// tested here: they run in real browsers (web-test-runner and the Storybook
// project).
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
    ],
  },
});
