import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';
import { PREACT_COMPAT_ALIASES } from './vite.embed.config.ts';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium, with its pages in `timeZone` (an IANA zone) when given. */
const browserProvider = (timeZone?: string) =>
  playwright({
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_FLAGS,
    },
    ...(timeZone ? { contextOptions: { timezoneId: timeZone } } : {}),
  });

// A fresh object per project: Vitest writes the instance name into it, so sharing one
// between projects makes the second one collide with the first.
const browser = (timeZone?: string) => ({
  enabled: true,
  headless: true,
  provider: browserProvider(timeZone),
  instances: [{ browser: 'chromium' as const }],
  viewport: { width: 1200, height: 700 },
});

const UNIT_TESTS = { include: ['test/**/*.test.ts'], exclude: ['test/**/*.property.test.ts'] };
// Generous time limits: these suites measure behaviour, never speed, and share two cores with
// a browser when the whole suite runs at once.
const TEST_TIMEOUT_MS = 30_000;

const PROPERTY_TESTS = {
  include: ['test/**/*.property.test.ts'],
  exclude: [],
  setupFiles: ['test/setup/fastCheck.ts'],
};
const UNIT_SETUP: string[] = [];

// Dates must not shift with the reader's zone: the pure suite runs in UTC and in the two
// zones furthest from it (UTC+14 and UTC-11).
const TIME_ZONES = [
  { name: 'UTC', tz: 'UTC' },
  { name: 'UTC+14', tz: 'Pacific/Kiritimati' },
  { name: 'UTC-11', tz: 'Pacific/Pago_Pago' },
];

// Suites that read no date (minutes of mounting and unmounting, colour contrast at each zoom
// level): run once, in UTC, rather than three times side by side on a small machine.
const ZONE_FREE_BROWSER_TESTS = [
  'test/environment/mountCycles.browser.test.tsx',
  'test/components/TimelineZoomAxe.browser.test.tsx',
];

// The browser suite once more on preact/compat, which the self-contained embed bundle is built
// on. Testing Library takes `act` from react-dom/test-utils when React has none, as
// preact/compat has not.
const PREACT_TEST_ALIASES = [
  ...PREACT_COMPAT_ALIASES,
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
];

export default mergeConfig(
  viteConfig,
  defineConfig({
    // Pre-bundled up front: a dependency discovered mid-run makes Vite reload the browser tests.
    optimizeDeps: {
      include: [
        'react',
        'react-dom',
        'react-dom/client',
        'react/jsx-dev-runtime',
        'axe-core',
        'fast-check',
        '@testing-library/react',
        '@testing-library/dom',
        '@testing-library/jest-dom/vitest',
        'd3-time',
        'd3-array',
      ],
    },
    test: {
      projects: [
        ...TIME_ZONES.flatMap(({ name, tz }) =>
          (
            [
              ['unit', UNIT_TESTS],
              ['property', PROPERTY_TESTS],
            ] as const
          ).map(([kind, files]) => ({
            extends: true as const,
            test: {
              name: `${kind} ${name}`,
              environment: 'node' as const,
              include: [...files.include],
              exclude: [...files.exclude],
              setupFiles: 'setupFiles' in files ? [...files.setupFiles] : UNIT_SETUP,
              testTimeout: TEST_TIMEOUT_MS,
              env: { TZ: tz },
            },
          })),
        ),
        // Components format dates too: their suites run in the same three zones.
        ...TIME_ZONES.flatMap(({ name, tz }) => [
          {
            extends: true as const,
            test: {
              name: `jsdom ${name}`,
              environment: 'jsdom' as const,
              include: ['test/**/*.test.tsx'],
              exclude: ['test/**/*.browser.test.tsx'],
              setupFiles: ['test/setup/jsdom.ts'],
              testTimeout: TEST_TIMEOUT_MS,
              env: { TZ: tz },
            },
          },
          {
            extends: true as const,
            test: {
              name: `browser ${name}`,
              include: ['test/**/*.browser.test.tsx'],
              exclude: tz === 'UTC' ? [] : [...ZONE_FREE_BROWSER_TESTS],
              setupFiles: ['test/setup/browser.ts'],
              testTimeout: TEST_TIMEOUT_MS,
              env: { TZ: tz },
              browser: browser(tz),
            },
          },
        ]),
        {
          extends: true as const,
          // Aliases apply to pre-bundling too: pre-bundled Testing Library gets Preact, not a
          // React of its own. Preact's modules are pre-bundled up front like React's above.
          resolve: { alias: PREACT_TEST_ALIASES },
          optimizeDeps: {
            include: [
              'preact',
              'preact/hooks',
              'preact/compat',
              'preact/compat/client',
              'preact/compat/jsx-dev-runtime',
              'preact/test-utils',
            ],
          },
          test: {
            name: 'browser preact',
            include: ['test/**/*.browser.test.tsx'],
            // Server rendering then hydrateRoot, checked against React's hydration warnings and
            // onRecoverableError: the embed renders in the browser only (createRoot), never
            // hydrates, and Preact has neither of those.
            exclude: ['test/components/hydration.browser.test.tsx'],
            setupFiles: ['test/setup/browser.ts'],
            testTimeout: TEST_TIMEOUT_MS,
            env: { TZ: 'UTC' },
            browser: browser('UTC'),
          },
        },
        {
          extends: true,
          plugins: [
            storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) }),
          ],
          test: { name: 'storybook', browser: browser(), testTimeout: TEST_TIMEOUT_MS },
        },
      ],
    },
  }),
);
