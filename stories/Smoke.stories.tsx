import type { Meta, StoryObj } from '@storybook/react-vite';

const meta = { title: 'Smoke', component: () => <button type="button">Hi</button> } satisfies Meta;
export default meta;
export const A: StoryObj<typeof meta> = {};
