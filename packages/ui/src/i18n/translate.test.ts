import { describe, expect, it } from 'vitest';
import { createTranslator, defineMessages, formatMessage } from './translate.ts';
import { sharedMessages } from './shared.ts';

const messages = defineMessages({
  es: {
    greeting: 'Hola, {name}',
    cases: { zero: 'Ningún caso', one: '{count} caso', other: '{count} casos' },
  },
  en: {
    greeting: 'Hello, {name}',
    cases: { zero: 'No cases', one: '{count} case', other: '{count} cases' },
  },
});

describe('createTranslator', () => {
  it('fills parameters in the chosen language', () => {
    expect(
      createTranslator({ lang: 'es', catalogs: [messages] })('greeting', { name: 'Ana' }),
    ).toBe('Hola, Ana');
    expect(
      createTranslator({ lang: 'en', catalogs: [messages] })('greeting', { name: 'Ana' }),
    ).toBe('Hello, Ana');
  });

  it('picks plural forms and formats numbers per language', () => {
    const es = createTranslator({ lang: 'es', catalogs: [messages] });
    const en = createTranslator({ lang: 'en', catalogs: [messages] });
    expect(es('cases', { count: 0 })).toBe('Ningún caso');
    expect(es('cases', { count: 1 })).toBe('1 caso');
    expect(es('cases', { count: 12345 })).toBe('12.345 casos');
    expect(en('cases', { count: 12345 })).toBe('12,345 cases');
  });

  it('merges catalogs, later ones winning', () => {
    const t = createTranslator({ lang: 'en', catalogs: [sharedMessages, messages] });
    expect(t('shell.signOut')).toBe('Sign out');
    expect(t('greeting', { name: 'Luis' })).toBe('Hello, Luis');
  });

  it('leaves unknown placeholders as written', () => {
    expect(formatMessage({ lang: 'es', message: 'Hola {who}', params: {} })).toBe('Hola {who}');
  });
});

describe('sharedMessages', () => {
  it('has the same keys in Spanish and English, none empty', () => {
    expect(Object.keys(sharedMessages.en).sort()).toEqual(Object.keys(sharedMessages.es).sort());
    for (const lang of ['es', 'en'] as const) {
      for (const value of Object.values(sharedMessages[lang])) {
        expect(typeof value === 'string' ? value.trim() : value.other.trim()).not.toBe('');
      }
    }
  });
});
