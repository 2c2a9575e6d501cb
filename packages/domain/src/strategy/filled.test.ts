import { describe, expect, it } from 'vitest';
import { campaignCycle } from './cycle.ts';
import { createEmptyCampaignDocument } from './document.ts';
import { isCampaignSectionFilled } from './filled.ts';

describe('filled campaign sections', () => {
  it('finds nothing in an empty plan, blank text included', () => {
    const document = { ...createEmptyCampaignDocument(), profile: '  \n' };
    for (const step of campaignCycle)
      for (const section of step.sections)
        expect(isCampaignSectionFilled({ document, section })).toBe(false);
  });

  it('sees answers, lists, the budget under resources, and recorded results', () => {
    const empty = createEmptyCampaignDocument();
    const document = {
      ...empty,
      diagnosis: { ...empty.diagnosis, [Object.keys(empty.diagnosis)[0]!]: 'Rumores' },
      budget: '500 USD',
      messages: [{ id: 'm1', text: 'Hola', tone: '' as const }],
    };
    expect(isCampaignSectionFilled({ document, section: 'diagnosis' })).toBe(true);
    expect(isCampaignSectionFilled({ document, section: 'resources' })).toBe(true);
    expect(isCampaignSectionFilled({ document, section: 'messages' })).toBe(true);
    expect(isCampaignSectionFilled({ document, section: 'swot' })).toBe(false);
    expect(isCampaignSectionFilled({ document, section: 'results' })).toBe(false);
    expect(isCampaignSectionFilled({ document, section: 'results', recordedActivities: 2 })).toBe(
      true,
    );
  });
});
