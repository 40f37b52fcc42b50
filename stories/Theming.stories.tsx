import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Timeline } from '../src/components/Timeline/Timeline.js';
import { franceAzerbaijan } from '../src/datasets/france-azerbaijan/index.js';
import { THEME_TOKENS } from '../src/theme/tokens.js';
import { TokenTable } from './support/TokenTable.js';

/**
 * A newsroom look, set the documented way: `--frise-*` tokens on `.frise`, scoped by a class
 * on an ancestor. Colour tokens use `light-dark()` so both themes keep their contrast.
 */
const NEWSROOM_CSS = `
.newsroom-theme .frise {
  --frise-font-family: Georgia, "Times New Roman", serif;
  --frise-radius: 0;
  --frise-color-bg: light-dark(#fffdf8, #1c1a17);
  --frise-color-surface: light-dark(#f6f1e7, #2a2620);
  --frise-color-focus: light-dark(#8a1c1c, #ff9e9e);
  --frise-color-red: light-dark(#8a1c1c, #ff9e9e);
}
`;

const meta = {
  title: 'Theming',
  component: TokenTable,
  tags: ['!autodocs'],
} satisfies Meta<typeof TokenTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The token registry with swatches, in the light theme. */
export const Tokens: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table', { name: /Theme tokens/ });
    await expect(within(table).getAllByRole('row')).toHaveLength(THEME_TOKENS.length + 1);
    await expect(
      within(table).getByRole('rowheader', { name: '--frise-color-focus' }),
    ).toBeVisible();
  },
};

/** The same table with the toolbar's dark theme, to check its own contrast. */
export const TokensDark: Story = {
  name: 'Tokens (dark page)',
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('columnheader', { name: 'Dark' })).toBeVisible();
  },
};

/** A timeline restyled with a few token overrides. */
export const CustomTheme: Story = {
  name: 'Custom theme',
  render: () => (
    <div className="newsroom-theme">
      <style>{NEWSROOM_CSS}</style>
      <Timeline data={franceAzerbaijan} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = canvas.getByRole('group', { name: /France and Azerbaijan/ });
    await expect(getComputedStyle(group).fontFamily).toMatch(/^Georgia/);
  },
};
