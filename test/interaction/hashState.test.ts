import { describe, expect, it } from 'vitest';
import {
  getHashParamName,
  parseHash,
  readHashParam,
  serializeHash,
  writeHashParam,
} from '../../src/interaction/hashState.js';

describe('getHashParamName(key)', () => {
  it("writes the default key as 'frise' and others as 'frise-<key>'", () => {
    expect(getHashParamName()).toBe('frise');
    expect(getHashParamName('frise')).toBe('frise');
    expect(getHashParamName('story')).toBe('frise-story');
  });

  it("uses a key that already starts with 'frise-' as it is", () => {
    expect(getHashParamName('frise-b')).toBe('frise-b');
  });
});

describe('parseHash(hash) and serializeHash(segments)', () => {
  it('splits the fragment on & and decodes names and values', () => {
    expect(parseHash('#frise=second-karabakh-war-2020&frise-story=3&intro')).toEqual([
      { raw: 'frise=second-karabakh-war-2020', name: 'frise', value: 'second-karabakh-war-2020' },
      { raw: 'frise-story=3', name: 'frise-story', value: '3' },
      { raw: 'intro', name: undefined, value: undefined },
    ]);
  });

  it("has no parts for '' and '#', and serializes none as ''", () => {
    expect(parseHash('')).toEqual([]);
    expect(parseHash('#')).toEqual([]);
    expect(serializeHash([])).toBe('');
  });

  it('keeps a malformed escape as written instead of throwing', () => {
    expect(parseHash('#frise=50%')).toEqual([{ raw: 'frise=50%', name: 'frise', value: '50%' }]);
  });

  it('splits a value at its first = only', () => {
    expect(readHashParam('#frise=a=b', 'frise')).toBe('a=b');
  });
});

describe('readHashParam(hash, name)', () => {
  it('reads the value of one name and ignores the others', () => {
    const hash = '#frise=baku-initiative-group-founded&frise-b=lachin-corridor-blockade';
    expect(readHashParam(hash, 'frise')).toBe('baku-initiative-group-founded');
    expect(readHashParam(hash, 'frise-b')).toBe('lachin-corridor-blockade');
    expect(readHashParam(hash, 'frise-story')).toBeUndefined();
  });

  it('decodes URI-encoded values', () => {
    expect(readHashParam('#frise=caf%C3%A9%20%26%20co', 'frise')).toBe('café & co');
  });

  it('reads the first of repeated names', () => {
    expect(readHashParam('#frise=a&frise=b', 'frise')).toBe('a');
  });
});

describe('writeHashParam(hash, name, value)', () => {
  it('appends a name that is not there yet', () => {
    expect(writeHashParam('', 'frise', 'second-karabakh-war-2020')).toBe(
      '#frise=second-karabakh-war-2020',
    );
    expect(writeHashParam('#frise=second-karabakh-war-2020', 'frise-story', '3')).toBe(
      '#frise=second-karabakh-war-2020&frise-story=3',
    );
  });

  it('replaces a value in place and keeps other parts as written', () => {
    expect(writeHashParam('#intro&frise=a&utm=x%20y', 'frise', 'b')).toBe(
      '#intro&frise=b&utm=x%20y',
    );
  });

  it('removes the name when the value is undefined, and gives an empty fragment when nothing is left', () => {
    expect(writeHashParam('#frise=a&frise-story=3', 'frise', undefined)).toBe('#frise-story=3');
    expect(writeHashParam('#frise=a', 'frise', undefined)).toBe('');
  });

  it('encodes characters that would break the fragment', () => {
    const hash = writeHashParam('', 'frise', 'a&b=c#d');
    expect(hash).toBe('#frise=a%26b%3Dc%23d');
    expect(readHashParam(hash, 'frise')).toBe('a&b=c#d');
  });

  it('drops repeated names and empty parts', () => {
    expect(writeHashParam('#frise=a&&frise=b&x', 'frise', 'c')).toBe('#frise=c&x');
  });
});
