import { describe, expect, it } from 'vitest';
import { createEmptyCampaignDocument } from '@ventanilla/domain/strategy/index';
import { applyPlanForm, listChangedKeys, readPlanOp } from './form.server.ts';

/** A plan form as the campaign page posts it: every section, one pressed button. */
function planForm(op: string, fields: [string, string][]): FormData {
  const form = new FormData();
  for (const section of ['title', 'diagnosis', 'audiences', 'swot', 'messages', 'texts'])
    form.append('sections', section);
  form.append('op', op);
  form.append('title', 'Plan');
  for (const [name, value] of fields) form.append(name, value);
  return form;
}

describe('the campaign plan form', () => {
  const document = {
    ...createEmptyCampaignDocument(),
    audiences: [{ id: 'a1', name: 'Policía', kind: 'target' as const, interest: 5, power: 5 }],
    messages: [{ id: 'm1', text: 'Pregunte', tone: '' as const }],
  };
  const untouched: [string, string][] = [
    ['aud.0.id', 'a1'],
    ['aud.0.name', 'Policía'],
    ['aud.0.kind', 'target'],
    ['aud.0.interest', '5'],
    ['aud.0.power', '5'],
    ['msg.0.id', 'm1'],
    ['msg.0.text', 'Pregunte'],
    ['msg.0.tone', ''],
  ];

  it('a save from one section stores what was typed in the others', () => {
    const form = planForm('audiences/save', [
      ...untouched,
      ['diagnosis.situation', 'Rumores\r\nsobre requisitos'],
      ['profile', 'Jóvenes'],
    ]);
    const applied = applyPlanForm({ document, title: 'Plan', form, lang: 'es' });
    expect(applied.section).toBe('audiences');
    expect(applied.document.diagnosis.situation).toBe('Rumores\nsobre requisitos');
    expect(applied.document.profile).toBe('Jóvenes');
    expect(applied.document.audiences).toEqual(document.audiences);
    expect(listChangedKeys(document, applied.document)).toEqual(['diagnosis', 'profile']);
  });

  it('applies the pressed button only to its own section', () => {
    const form = planForm('messages/remove:m1', untouched);
    const applied = applyPlanForm({ document, title: 'Plan', form, lang: 'es' });
    expect(applied.document.messages).toEqual([]);
    expect(applied.document.audiences).toEqual(document.audiences);
    expect(listChangedKeys(document, applied.document)).toEqual(['messages']);
  });

  it('leaves alone a section the form does not carry', () => {
    const form = new FormData();
    form.append('sections', 'diagnosis');
    form.append('op', 'diagnosis/save');
    const applied = applyPlanForm({ document, title: 'Plan', form, lang: 'es' });
    expect(applied.document.audiences).toEqual(document.audiences);
    expect(applied.title).toBe('Plan');
  });

  it('reads an unknown or missing button as a save of the title section', () => {
    const form = new FormData();
    expect(readPlanOp(form)).toEqual({ section: 'title', op: 'save' });
    form.append('op', 'nothing/save');
    expect(readPlanOp(form)).toEqual({ section: 'title', op: 'save' });
  });
});
