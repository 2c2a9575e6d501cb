import { defineOptionList } from './option.ts';

/** FORM.md §5.14 `labour_formality`. */
export const labourFormalityList = defineOptionList({
  name: 'labour_formality',
  options: [
    {
      code: 'formal',
      en: 'Formal (with contract or social security)',
      es: 'Formal (con contrato o seguro social)',
    },
    {
      code: 'informal',
      en: 'Informal (no contract or social security)',
      es: 'Informal (sin contrato ni seguro social)',
    },
    { code: 'unknown', en: 'Not known or not stated', es: 'No sabe o no responde' },
  ],
});

export type LabourFormalityCode = (typeof labourFormalityList.options)[number]['code'];
