import { defineOptionList } from './option.ts';

/** FORM.md §5.12 `occupation`. */
export const occupationList = defineOptionList({
  name: 'occupation',
  options: [
    { code: 'study', en: 'Studies', es: 'Estudia', requires_work_details: 'no' },
    { code: 'work', en: 'Works', es: 'Trabaja', requires_work_details: 'yes' },
    {
      code: 'study_and_work',
      en: 'Studies and works',
      es: 'Estudia y trabaja',
      requires_work_details: 'yes',
    },
    {
      code: 'unemployed',
      en: 'Unemployed, looking for work',
      es: 'Desempleado(a), busca trabajo',
      requires_work_details: 'no',
    },
    {
      code: 'unpaid_care_work',
      en: 'Unpaid domestic or care work',
      es: 'Trabajo doméstico o de cuidados no remunerado',
      requires_work_details: 'no',
    },
    {
      code: 'retired',
      en: 'Retired or pensioner',
      es: 'Jubilado(a) o pensionado(a)',
      requires_work_details: 'no',
    },
    {
      code: 'neither',
      en: 'Neither studies nor works',
      es: 'No estudia ni trabaja',
      requires_work_details: 'no',
    },
    {
      code: 'unknown',
      en: 'Not known or not stated',
      es: 'No sabe o no responde',
      requires_work_details: 'no',
    },
  ],
});

export type OccupationCode = (typeof occupationList.options)[number]['code'];
