// Storybook catalogue of every element state: `npm run storybook` (port 6006), `npm run build-storybook`.
// It reuses vite.config.ts (minus its `build` section) and builds offline.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // Stories load plans by URL (/data/...), as a site would.
  staticDirs: [
    { from: '../data', to: '/data' },
    // The ready themes, linked by the theming stories as a site would link them.
    { from: '../themes', to: '/themes' },
  ],
  // Storybook's own docs renderer is a ~1 MB chunk; that is not our bundle, so do not warn about it.
  viteFinal: (viteConfig) => mergeConfig(viteConfig, { build: { chunkSizeWarningLimit: 1500 } }),
};

export default config;
