import { describe, expect, it } from 'vitest';
import { placeExampleAtHub } from './example-at-hub.ts';
import { exampleActivity, exampleCase } from './record.ts';
import { validateRecord } from './validate.ts';

describe('placeExampleAtHub', () => {
  const upala = {
    code: 'cri_upala',
    country: 'CRI',
    admin1: 'Alajuela',
    type: 'permanent' as const,
  };

  it('sets the activity where the hub is: its country and province, no town of another hub', () => {
    const activity = placeExampleAtHub({ kind: 'activity', hub: upala });
    expect(activity).toMatchObject({
      hub: 'cri_upala',
      hub_type: 'permanent',
      b1_country: 'CRI',
      b1_admin1: 'Alajuela',
      // The case example (§3.6) knows Upala's canton.
      b1_admin2: 'Upala',
    });
    // The §4.3 example's place was Tijuana (mex_tijuana); nothing of it is left at Upala.
    expect(Object.values(activity)).not.toContain('Tijuana');
    expect(Object.values(activity)).not.toContain('Baja California');
    // R35 (activity outside the hub's country) no longer fires.
    expect(validateRecord({ record: activity, hubCountry: 'CRI' })).toEqual([]);
  });

  it('sets the case’s residence in the hub’s country', () => {
    const tijuana = { code: 'mex_tijuana', country: 'MEX', admin1: 'Baja California' };
    const kase = placeExampleAtHub({ kind: 'case', hub: tijuana });
    expect(kase).toMatchObject({
      hub: 'mex_tijuana',
      a3_country: 'MEX',
      a3_admin1: 'Baja California',
      a3_admin2: 'Tijuana',
      a11_referral_org_2: '(Centro de salud)',
    });
    expect(validateRecord({ record: kase, hubCountry: 'MEX' })).toEqual([]);
  });

  it('names the level the registry does not know, in the country’s own term', () => {
    const hub = { code: 'cri_los_chiles', country: 'CRI', admin1: 'Alajuela' };
    expect(placeExampleAtHub({ kind: 'activity', hub })).toMatchObject({
      b1_admin1: 'Alajuela',
      b1_admin2: '(Cantón)',
    });
  });

  it('names both levels when the registry has no province either', () => {
    const hub = { code: 'slv_san_salvador', country: 'SLV', admin1: null };
    expect(placeExampleAtHub({ kind: 'activity', hub })).toMatchObject({
      b1_country: 'SLV',
      b1_admin1: '(Departamento)',
      b1_admin2: '(Municipio)',
    });
  });

  it('keeps the example whole at its own hub, and without a hub', () => {
    expect(placeExampleAtHub({ kind: 'case', hub: upala })).toBe(exampleCase);
    expect(
      placeExampleAtHub({
        kind: 'activity',
        hub: { code: 'mex_tijuana', country: 'MEX', admin1: 'Baja California' },
      }),
    ).toBe(exampleActivity);
    expect(placeExampleAtHub({ kind: 'activity', hub: null })).toBe(exampleActivity);
  });
});
