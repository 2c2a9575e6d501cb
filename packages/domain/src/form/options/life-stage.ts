import { defineOptionList } from './option.ts';

/** FORM.md §5.22 `life_stage`. */
export const lifeStageList = defineOptionList({
  name: 'life_stage',
  options: [
    { code: 'child', en: 'Child (0 to 11)', es: 'Niñez (0 a 11)' },
    { code: 'adolescent', en: 'Adolescent (12 to 17)', es: 'Adolescencia (12 a 17)' },
    { code: 'adult', en: 'Adult (18 to 59)', es: 'Persona adulta (18 a 59)' },
    { code: 'older_adult', en: 'Older adult (60 and over)', es: 'Persona adulta mayor (60 o más)' },
    { code: 'unknown', en: 'Age not known', es: 'Edad desconocida' },
  ],
});

export type LifeStageCode = (typeof lifeStageList.options)[number]['code'];
