import { readList, readText, type FormValues } from './form-values.ts';

/**
 * Which fields are relevant (shown) for the current answers: the `relevant` expressions of
 * FORM.md §3.1, §3.2 and §4.1 written as code. Fields not listed are always relevant.
 */
export function isRelevant(name: string, values: FormValues): boolean {
  const v = (n: string) => readText(values, n);
  const slot = /_(\d)$/.exec(name);
  const n = slot ? Number(slot[1]) : 0;
  const slotOpen =
    n <= 1 || (n === 2 ? v('a12_another_service') === 'yes' : v('a13_another_service') === 'yes');
  switch (name.replace(/_\d$/, '_n')) {
    case 'hub_other':
      return v('hub') === 'other';
    case 'a0_name':
    case 'a3_community':
      return v('consent') === 'yes';
    case 'a1_nationality_other':
      return v('a1_nationality') === 'other';
    case 'a1_second_nationality':
      return v('a1_nationality') !== '' && v('a1_nationality') !== 'stateless';
    case 'a6_gender_other':
      return v('a6_gender') === 'other';
    case 'a9_occupation_area':
    case 'a9_labour_formality':
      return v('a9_occupation') === 'work' || v('a9_occupation') === 'study_and_work';
    case 'a9_occupation_area_other':
      return (
        (v('a9_occupation') === 'work' || v('a9_occupation') === 'study_and_work') &&
        v('a9_occupation_area') === 'other'
      );
    case 'a10_service_n':
      return slotOpen;
    case 'a10_service_other_n':
      return slotOpen && v(`a10_service_${n}`) === 'other';
    case 'a11_action_n':
      return slotOpen && v(`a10_service_${n}`) !== '';
    case 'a11_action_other_n':
      return slotOpen && v(`a11_action_${n}`) === 'other';
    case 'a11_referral_org_n':
      return slotOpen && v(`a11_action_${n}`).startsWith('referred_');
    case 'a12_another_service':
      return v('a11_action_1') !== '';
    case 'a13_another_service':
      return v('a12_another_service') === 'yes' && v('a11_action_2') !== '';
    case 'a14_vulnerability_types':
      return v('a14_vulnerability') === 'yes';
    case 'a14_vulnerability_other':
      return (
        v('a14_vulnerability') === 'yes' &&
        readList(values, 'a14_vulnerability_types').includes('other')
      );
    case 'b2_other':
      return v('b2_activity_type') === 'other' || readList(values, 'b2_topics').includes('other');
    case 'b2_scored_above_70':
      return v('b2_activity_type') === 'training_workshop';
    case 'b8_unmet_needs_text':
      return v('b8_unmet_needs') === 'yes';
    default:
      return true;
  }
}
