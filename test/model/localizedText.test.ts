import { describe, expect, it } from 'vitest';
import { resolveText } from '../../src/model/localizedText.js';

describe('resolveText(text, locale)', () => {
  it('returns a plain string whatever the locale', () => {
    expect(resolveText('Summit in Baku', 'fr')).toBe('Summit in Baku');
  });

  it('resolveText({ en, fr }, "fr") picks the exact language', () => {
    expect(resolveText({ en: 'War', fr: 'Guerre' }, 'fr')).toBe('Guerre');
  });

  it('matches tags regardless of case', () => {
    expect(resolveText({ en: 'Colour', 'fr-ca': 'Couleur' }, 'fr-CA')).toBe('Couleur');
  });

  it('resolveText({ en, fr }, "fr-CA") falls back to the base language', () => {
    expect(resolveText({ en: 'War', fr: 'Guerre' }, 'fr-CA')).toBe('Guerre');
  });

  it('resolveText({ en, "fr-FR" }, "fr") falls back to another variant of the language', () => {
    expect(resolveText({ en: 'War', 'fr-FR': 'Guerre' }, 'fr')).toBe('Guerre');
  });

  it('falls back to English, then to the first translation', () => {
    expect(resolveText({ fr: 'Guerre', en: 'War' }, 'de')).toBe('War');
    expect(resolveText({ fr: 'Guerre', 'en-GB': 'War' }, 'de')).toBe('War');
    expect(resolveText({ fr: 'Guerre', az: 'Müharibə' }, 'de')).toBe('Guerre');
  });

  it('returns "" for no text at all', () => {
    expect(resolveText(undefined, 'en')).toBe('');
    expect(resolveText({}, 'en')).toBe('');
  });

  it('never reads translations from Object.prototype', () => {
    const text = Object.create({ en: 'inherited' }) as Record<string, string>;
    expect(resolveText(text, 'en')).toBe('');
  });
});
