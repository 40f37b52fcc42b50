/**
 * Every `--frise-*` custom property, with its light and dark value. `frise.css` declares the
 * same values (a test keeps the two in step); this registry feeds the Theming docs page.
 */
export interface ThemeToken {
  readonly name: `--frise-${string}`;
  readonly light: string;
  readonly dark: string;
  readonly description: string;
}

export const THEME_TOKENS = [
  { name: '--frise-color-bg', light: '#ffffff', dark: '#16181d', description: 'Background' },
  { name: '--frise-color-text', light: '#1a1d23', dark: '#e8eaed', description: 'Body text' },
  {
    name: '--frise-color-text-muted',
    light: '#4b5563',
    dark: '#a6adbb',
    description: 'Secondary text: dates, axis labels',
  },
  {
    name: '--frise-color-surface',
    light: '#f4f5f7',
    dark: '#1f232a',
    description: 'Lanes, cards and buttons',
  },
  {
    name: '--frise-color-border',
    light: '#6b7280',
    dark: '#8b93a1',
    description: 'Axis, borders and outlines',
  },
  {
    name: '--frise-color-grid',
    light: '#e3e6ea',
    dark: '#2c313a',
    description: 'Grid lines (decorative)',
  },
  {
    name: '--frise-color-focus',
    light: '#1d4ed8',
    dark: '#93c5fd',
    description: 'Focus ring and selection',
  },
  {
    name: '--frise-color-error',
    light: '#b42318',
    dark: '#ff8a80',
    description: 'Error text and borders',
  },
  {
    name: '--frise-color-blue',
    light: '#1f6fd1',
    dark: '#6ea8fe',
    description: 'Category colour: blue',
  },
  {
    name: '--frise-color-orange',
    light: '#b35900',
    dark: '#f5a25d',
    description: 'Category colour: orange',
  },
  {
    name: '--frise-color-green',
    light: '#2e7d32',
    dark: '#6cc070',
    description: 'Category colour: green',
  },
  {
    name: '--frise-color-red',
    light: '#c62828',
    dark: '#ff7b72',
    description: 'Category colour: red',
  },
  {
    name: '--frise-color-purple',
    light: '#7b3fbf',
    dark: '#c39bf0',
    description: 'Category colour: purple',
  },
  {
    name: '--frise-color-teal',
    light: '#00796b',
    dark: '#4fc3b4',
    description: 'Category colour: teal',
  },
  {
    name: '--frise-color-brown',
    light: '#8d5a2b',
    dark: '#d4a373',
    description: 'Category colour: brown',
  },
  {
    name: '--frise-color-gray',
    light: '#5f6b7a',
    dark: '#aab4c0',
    description: 'Category colour: gray',
  },
  {
    name: '--frise-font-family',
    light: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    dark: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    description: 'Font stack (no web font is loaded)',
  },
  { name: '--frise-font-size', light: '0.875rem', dark: '0.875rem', description: 'Base text size' },
  {
    name: '--frise-font-size-small',
    light: '0.75rem',
    dark: '0.75rem',
    description: 'Axis and meta text size',
  },
  {
    name: '--frise-radius',
    light: '6px',
    dark: '6px',
    description: 'Corner radius of cards and buttons',
  },
  { name: '--frise-space', light: '8px', dark: '8px', description: 'Base spacing unit' },
  {
    name: '--frise-row-height',
    light: '28px',
    dark: '28px',
    description: 'Height of one event row in a lane',
  },
  {
    name: '--frise-marker-size',
    light: '12px',
    dark: '12px',
    description: 'Size of an event marker',
  },
] as const satisfies readonly ThemeToken[];

export type ThemeTokenName = (typeof THEME_TOKENS)[number]['name'];

/** `var(--frise-x, fallback)` for inline styles. */
export function cssVar(name: ThemeTokenName, fallback?: string): string {
  return fallback === undefined ? `var(${name})` : `var(${name}, ${fallback})`;
}
