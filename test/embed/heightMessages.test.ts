import { describe, expect, it } from 'vitest';
import { createHeightMessages, readHeightMessage } from '../../src/embed/iframe/heightMessages.js';

describe('createHeightMessages(id, height)', () => {
  it('speaks Frise, Pym.js and AMP, rounding the height up', () => {
    expect(createHeightMessages('frame-1', 412.2)).toEqual({
      frise: { type: 'frise:height', id: 'frame-1', height: 413 },
      pym: 'pymxPYMxframe-1xPYMxheightxPYMx413',
      amp: { sentinel: 'amp', type: 'embed-size', height: 413 },
    });
  });
});

describe('readHeightMessage(data)', () => {
  it('reads each protocol back', () => {
    const messages = createHeightMessages('x', 640);
    expect(readHeightMessage(messages.frise)).toBe(640);
    expect(readHeightMessage(messages.pym)).toBe(640);
    expect(readHeightMessage(messages.amp)).toBe(640);
  });

  it.each([
    null,
    42,
    'hello',
    'pymxPYMxidxPYMxnavigateToxPYMxhttps://evil.example',
    { type: 'frise:height', height: -5 },
    { type: 'frise:height', height: Number.NaN },
    { type: 'frise:height', height: 1e9 },
    { sentinel: 'amp', type: 'embed-ready' },
    { type: 'other', height: 300 },
  ])('ignores %j', (data) => {
    expect(readHeightMessage(data)).toBeUndefined();
  });
});
