import { defineOptionList } from './option.ts';

/** FORM.md §5.10 `civil_status`. */
export const civilStatusList = defineOptionList({
  name: 'civil_status',
  options: [
    { code: 'single', en: 'Single', es: 'Soltero(a)' },
    { code: 'married', en: 'Married', es: 'Casado(a)' },
    { code: 'common_law', en: 'Common-law union', es: 'Unión libre o de hecho' },
    { code: 'separated', en: 'Separated', es: 'Separado(a)' },
    { code: 'divorced', en: 'Divorced', es: 'Divorciado(a)' },
    { code: 'widowed', en: 'Widowed', es: 'Viudo(a)' },
    { code: 'unknown', en: 'Not known or not stated', es: 'No sabe o no responde' },
  ],
});

export type CivilStatusCode = (typeof civilStatusList.options)[number]['code'];
