import { defineOptionList } from './option.ts';

/** FORM.md §5.22 `gender_group`. */
export const genderGroupList = defineOptionList({
  name: 'gender_group',
  options: [
    { code: 'women', en: 'Women', es: 'Mujeres' },
    { code: 'men', en: 'Men', es: 'Hombres' },
    { code: 'other_gender', en: 'Other gender identities', es: 'Otras identidades de género' },
    { code: 'not_stated', en: 'Not stated', es: 'No indicado' },
  ],
});

export type GenderGroupCode = (typeof genderGroupList.options)[number]['code'];
