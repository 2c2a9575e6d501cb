import { defineOptionList } from './option.ts';

/** FORM.md §5.9 `gender`. */
export const genderList = defineOptionList({
  name: 'gender',
  options: [
    { code: 'woman', en: 'Woman', es: 'Mujer', gender_group: 'women' },
    { code: 'man', en: 'Man', es: 'Hombre', gender_group: 'men' },
    { code: 'trans_woman', en: 'Trans woman', es: 'Mujer trans', gender_group: 'women' },
    { code: 'trans_man', en: 'Trans man', es: 'Hombre trans', gender_group: 'men' },
    {
      code: 'non_binary',
      en: 'Non-binary person',
      es: 'Persona no binaria',
      gender_group: 'other_gender',
    },
    {
      code: 'other',
      en: 'Other gender (specify)',
      es: 'Otro género (especifique)',
      gender_group: 'other_gender',
    },
    {
      code: 'prefer_not_to_say',
      en: 'Prefers not to say',
      es: 'Prefiere no decir',
      gender_group: 'not_stated',
    },
  ],
});

export type GenderCode = (typeof genderList.options)[number]['code'];
