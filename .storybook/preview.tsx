import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/theme/frise.css';
import { I18nProvider } from '../src/i18n/I18nProvider.js';

/** Applies the toolbar's theme and locale to every story. */
const withThemeAndLocale: Decorator = (Story, context) => {
  const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const locale = context.globals.locale === 'fr' ? 'fr' : 'en';
  return (
    <I18nProvider locale={locale}>
      <div
        data-theme={theme}
        lang={locale}
        style={{
          padding: 16,
          background: theme === 'dark' ? '#16181d' : '#ffffff',
          colorScheme: theme,
        }}
      >
        <Story />
      </div>
    </I18nProvider>
  );
};

const preview: Preview = {
  decorators: [withThemeAndLocale],
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of dates and interface text',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    layout: 'fullscreen',
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: {
        order: ['Introduction', 'France–Azerbaijan', 'Components', 'Data', 'Theming'],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
