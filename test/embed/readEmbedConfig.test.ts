import { describe, expect, it } from 'vitest';
import { readEmbedConfig } from '../../src/embed/readEmbedConfig.js';

const read = (attributes: Record<string, string>) =>
  readEmbedConfig((name) => (name in attributes ? (attributes[name] as string) : null));

describe('readEmbedConfig(getAttribute)', () => {
  it('reads every attribute', () => {
    expect(
      read({
        src: ' data.json ',
        locale: 'fr',
        theme: 'dark',
        story: 'on',
        height: '600px',
        selected: 'e-1',
        label: ' Chronologie ',
      }),
    ).toEqual({
      src: 'data.json',
      locale: 'fr',
      theme: 'dark',
      hasStory: true,
      height: '600px',
      selectedId: 'e-1',
      label: 'Chronologie',
    });
  });

  it('falls back to safe defaults instead of failing on odd values', () => {
    expect(
      read({ theme: 'purple', height: '100px; background: url(x)', story: 'off', src: '  ' }),
    ).toEqual({
      src: undefined,
      locale: 'en',
      theme: 'auto',
      hasStory: false,
      height: undefined,
      selectedId: undefined,
      label: undefined,
    });
  });
});
