import { defineOptionList } from './option.ts';

/** §5.3 `hub_type`. */
export const hubTypeList = defineOptionList({
  name: 'hub_type',
  options: [
    {
      code: 'permanent',
      en: "Permanent (at the hub's premises)",
      es: 'Permanente (en las instalaciones de la ventanilla)',
    },
    {
      code: 'mobile',
      en: 'Mobile (staff working in the field)',
      es: 'Móvil (personal trabajando en campo)',
    },
  ],
});

export type HubType = (typeof hubTypeList.options)[number]['code'];
