import { describe, expect, it } from 'vitest';
import { createTranslator } from '@ventanilla/ui/i18n/index.ts';
import { feedbackMessages } from './messages.ts';

const feedbackT = (lang: 'es' | 'en') => createTranslator({ lang, catalogs: [feedbackMessages] });

describe('the thanks after a feedback answer', () => {
  // Hub names start with a noun ("Centro…", "Ventanilla…", "CRI…"): no article may be needed.
  it('reads naturally with a hub name that starts with a noun, in both languages', () => {
    const hub = 'Centro de Recursos Upala';
    expect(feedbackT('es')('fb.thanks', { hub })).toBe(
      'Gracias. Su opinión nos ayuda a mejorar la atención en Centro de Recursos Upala.',
    );
    expect(feedbackT('en')('fb.thanks', { hub })).toBe(
      'Thank you. Your opinion helps us improve the help we give at Centro de Recursos Upala.',
    );
  });
});
