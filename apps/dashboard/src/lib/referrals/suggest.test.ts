import { describe, expect, it } from 'vitest';
import { concludedProfiles, suggestReferrals } from './suggest.ts';

const directory = [
  { id: 'd1', organization: 'Fiscalía contra la Trata' },
  { id: 'd2', organization: 'Hospital de Upala' },
];

describe('suggestReferrals', () => {
  it('proposes each A.11 referral with an organization, matched to the directory by name', () => {
    const suggestions = suggestReferrals({
      answers: {
        a11_action_1: 'referred_trafficking_authority',
        a11_referral_org_1: 'fiscalía contra la trata ',
        a11_action_2: 'information_given',
        a11_referral_org_2: 'Hospital de Upala',
        a11_action_3: 'referred_health',
        a11_referral_org_3: 'Clínica sin directorio',
        a14_vulnerability_types: ['documents_retained', 'serious_health_problem'],
      },
      existing: [],
      directory,
    });
    expect(suggestions).toEqual([
      {
        slot: 1,
        action: 'referred_trafficking_authority',
        institution: 'fiscalía contra la trata',
        directoryEntryId: 'd1',
        profile: 'trafficking',
      },
      {
        slot: 3,
        action: 'referred_health',
        institution: 'Clínica sin directorio',
        directoryEntryId: null,
        profile: null,
      },
    ]);
  });

  it('leaves out what is already recorded, and takes the one concluded profile otherwise', () => {
    const suggestions = suggestReferrals({
      answers: {
        a11_action_1: 'referred_trafficking_authority',
        a11_referral_org_1: 'Fiscalía contra la Trata',
        a11_action_2: 'referred_shelter',
        a11_referral_org_2: 'Albergue',
        a14_vulnerability_types: ['documents_retained'],
      },
      existing: [
        { action: 'referred_trafficking_authority', institution: 'FISCALÍA CONTRA LA TRATA' },
      ],
      directory,
    });
    expect(suggestions.map((s) => [s.slot, s.profile])).toEqual([[2, 'trafficking']]);
  });
});

describe('concludedProfiles', () => {
  it('lists the Annex 1 profiles of the A.14 types in Annex order, without the unattached ones', () => {
    expect(
      concludedProfiles({
        a14_vulnerability_types: ['asylum_seeker', 'lgbti', 'trafficking_offer'],
      }),
    ).toEqual(['trafficking', 'refugee']);
  });
});
