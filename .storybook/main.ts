import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Stories import the TypeScript source of the packages (the `source`
  // export condition), so a change shows without rebuilding the packages.
  viteFinal: async (viteConfig) => {
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['source', 'development', 'module', 'browser', 'default'];
    viteConfig.server ??= {};
    viteConfig.server.host = '127.0.0.1';
    return viteConfig;
  },
};

export default config;
