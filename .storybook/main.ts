import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The stylesheet as written, as in the library build: lowering light-dark() for older
  // targets rewrites the colour tokens declared on :root into ones that only resolve inside
  // `.frise`, and the static Storybook lost every category colour.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    build: { ...viteConfig.build, cssTarget: 'esnext' },
  }),
};

export default config;
