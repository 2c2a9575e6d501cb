import { defineOptionList } from './option.ts';

/** §5.4 `yes_no`. */
export const yesNoList = defineOptionList({
  name: 'yes_no',
  options: [
    { code: 'yes', en: 'Yes', es: 'Sí' },
    { code: 'no', en: 'No', es: 'No' },
  ],
});

export type YesNo = (typeof yesNoList.options)[number]['code'];
