import { describe, expect, it } from 'vitest';
import { buildTemplateDataSheet } from './template-data-sheet.ts';
import { isTemplateExampleUuid, templateExampleUuid } from './template-example.ts';

describe('the import template’s data sheet', () => {
  it('marks its example row with the reserved _uuid, in any case or with uuid:', () => {
    const sheet = buildTemplateDataSheet({
      kind: 'case',
      lang: 'es',
      hub: { code: 'cri_upala', country: 'CRI', admin1: 'Alajuela' },
      officerId: null,
      today: '2026-03-05',
    });
    expect(sheet.columns.at(-1)).toEqual({ key: '_uuid', header: '_uuid' });
    expect(sheet.example._uuid).toBe(templateExampleUuid);
    expect(isTemplateExampleUuid({ uuid: ` uuid:${templateExampleUuid.toUpperCase()} ` })).toBe(
      true,
    );
    expect(isTemplateExampleUuid({ uuid: '2f1c8e52-1b7a-4e0e-9a51-3c1f0b7f6a10' })).toBe(false);
    expect(isTemplateExampleUuid({ uuid: null })).toBe(false);
  });

  it('writes the activity example at the first hub, hub and place agreeing', () => {
    const sheet = buildTemplateDataSheet({
      kind: 'activity',
      lang: 'en',
      hub: { code: 'cri_upala', country: 'CRI', admin1: 'Alajuela', type: 'permanent' },
      officerId: 'CR-UPA-02',
      today: '2026-03-05',
    });
    expect(sheet.example).toMatchObject({
      hub: 'cri_upala',
      officer_id: 'CR-UPA-02',
      date: '2026-03-05',
      b1_admin1: 'Alajuela',
      b1_admin2: 'Upala',
    });
    // b1_country is written as its label, like every answer.
    expect(sheet.example.b1_country).toBe('Costa Rica');
  });
});
